package org.mentorhub.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.mentorhub.platform.problem.PayloadTooLargeException;

/**
 * Refuses bodies over {@code mentorhub.http.max-body-bytes} with 413: at once when the declared
 * length is too large, and while reading when a chunked body runs past the limit, so an oversized
 * body is never buffered whole.
 *
 * <p>Bulk import endpoints stream NDJSON of any size and are exempt.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestBodyLimitFilter implements ContainerRequestFilter {

  private static final List<String> STREAMED_PATHS = List.of("admin/import/");

  /** Above this, an oversized body is refused without reading it and the connection closed. */
  private static final long DRAIN_LIMIT = 4L * 1024 * 1024;

  @Inject PlatformConfig config;

  @Override
  public void filter(ContainerRequestContext request) {
    if (STREAMED_PATHS.stream().anyMatch(p -> request.getUriInfo().getPath().startsWith(p))) {
      return;
    }
    long limit = config.maxBodyBytes();
    refuseDeclaredOversize(request.getLength(), request.getEntityStream(), limit);
    if (request.hasEntity()) {
      request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
    }
  }

  /**
   * Refuses with 413 a body whose declared length is over {@code limit}. A moderately oversized
   * body is read and dropped first: clients that send the whole body before reading the response
   * (java.net.http, many SDKs) would otherwise hang. The webhook servlet, outside JAX-RS, uses it
   * too.
   */
  public static void refuseDeclaredOversize(long declaredLength, InputStream body, long limit) {
    if (declaredLength > limit) {
      if (declaredLength <= DRAIN_LIMIT) {
        drain(body);
      }
      throw new PayloadTooLargeException(limit);
    }
  }

  private static void drain(InputStream body) {
    try {
      body.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // The client went away; the 413 is still the right answer for whoever is listening.
    }
  }

  /** Counts what is read and fails once more than the limit has come through. */
  static final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      count += n;
      if (count > limit) {
        throw new PayloadTooLargeException(limit);
      }
    }
  }
}
