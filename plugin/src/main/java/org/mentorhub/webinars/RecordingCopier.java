package org.mentorhub.webinars;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mentorhub.platform.cluster.NodeIdentity;

/**
 * Copies uploaded recordings from JaaS's pre-authenticated link into {@code
 * mentorhub.webinars.recording-dir} in the background, retrying with backoff until the link
 * expires; pending copies resume after a restart.
 */
@ApplicationScoped
public class RecordingCopier {

  private static final Logger LOG = Logger.getLogger(RecordingCopier.class.getName());

  @Resource ManagedScheduledExecutorService executor;

  // Longer than one download may take (its timeout is 30 minutes).
  private static final Duration LEASE = Duration.ofMinutes(35);

  @Inject RecordingLedger ledger;
  @Inject NodeIdentity node;
  @Inject WebinarConfig config;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  // Every node sweeps for due copies nobody holds, so copies resume after a restart and a copy
  // whose node died is taken over once its lease runs out; the lease makes each copy run once.
  void resumeAtStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    executor.scheduleWithFixedDelay(this::sweep, 5, 60, TimeUnit.SECONDS);
  }

  private void sweep() {
    try {
      ledger.duePending().forEach(this::copy);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not look for pending recording copies", e);
    }
  }

  /** Copies the recording after {@code delay}. */
  public void schedule(String recordingId, Duration delay) {
    executor.schedule(() -> copy(recordingId), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void copy(String recordingId) {
    if (!ledger.lease(recordingId, node.id(), LEASE)) {
      return;
    }
    ledger
        .pending(recordingId)
        .ifPresent(
            job -> {
              try {
                Path file = download(job);
                ledger.copied(recordingId, file.toString(), Files.size(file));
              } catch (IOException | RuntimeException e) {
                retryOrGiveUp(recordingId, e.getClass().getSimpleName() + ": " + e.getMessage());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
  }

  private void retryOrGiveUp(String recordingId, String error) {
    Optional<Duration> next = ledger.failed(recordingId, error);
    if (next.isPresent()) {
      LOG.info(
          "Copy of recording "
              + recordingId
              + " failed ("
              + error
              + "); next try in "
              + next.get());
      schedule(recordingId, next.get());
    } else {
      LOG.warning("Gave up copying recording " + recordingId + ": " + error);
    }
  }

  private Path download(RecordingLedger.CopyJob job) throws IOException, InterruptedException {
    Path dir = config.recordingDir().resolve(job.sessionId());
    Files.createDirectories(dir);
    Path target = dir.resolve(job.recordingId() + extension(job.downloadLink()));
    Path partial = dir.resolve(job.recordingId() + ".part");
    HttpResponse<Path> response =
        http.send(
            HttpRequest.newBuilder(URI.create(job.downloadLink()))
                .timeout(Duration.ofMinutes(30))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofFile(partial));
    if (response.statusCode() != 200) {
      Files.deleteIfExists(partial);
      throw new IOException("download answered HTTP " + response.statusCode());
    }
    return Files.move(
        partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String extension(String link) {
    String path = URI.create(link).getPath();
    int dot = path == null ? -1 : path.lastIndexOf('.');
    if (dot < 0 || dot < path.lastIndexOf('/') || path.length() - dot > 6) {
      return ".mp4";
    }
    return path.substring(dot).toLowerCase(Locale.ROOT);
  }
}
