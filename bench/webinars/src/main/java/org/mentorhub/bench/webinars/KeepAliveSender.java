package org.mentorhub.bench.webinars;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load client that costs the shared CPU as little as it can, so a benchmark measures the server:
 * every request is encoded to bytes before the clock starts, each of {@code connections} threads
 * keeps one HTTP/1.1 connection open and writes the next request as soon as the last answer is
 * read, and an answer is parsed only as far as its status and body.
 */
final class KeepAliveSender {

  /** One answer: status, body and the time from writing the request to reading the body. */
  record Answer(int status, String body, long nanos) {}

  private final String host;
  private final int port;

  KeepAliveSender(URI contextRoot) {
    this.host = contextRoot.getHost();
    this.port = contextRoot.getPort() < 0 ? 80 : contextRoot.getPort();
  }

  /** A POST with a JSON body and extra headers, as the bytes that go on the wire. */
  byte[] post(URI target, String json, List<String[]> headers) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    StringBuilder head =
        new StringBuilder("POST ")
            .append(target.getRawPath())
            .append(" HTTP/1.1\r\nHost: ")
            .append(host)
            .append(':')
            .append(port)
            .append("\r\nContent-Type: application/json\r\nContent-Length: ")
            .append(body.length)
            .append("\r\n");
    for (String[] header : headers) {
      head.append(header[0]).append(": ").append(header[1]).append("\r\n");
    }
    head.append("\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[start.length + body.length];
    System.arraycopy(start, 0, request, 0, start.length);
    System.arraycopy(body, 0, request, start.length, body.length);
    return request;
  }

  /** Sends every request once over {@code connections} connections; answers in request order. */
  List<Answer> send(List<byte[]> requests, int connections) {
    Answer[] answers = new Answer[requests.size()];
    AtomicInteger next = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    List<RuntimeException> failures = new ArrayList<>();
    for (int t = 0; t < connections; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  Connection connection = null;
                  for (int i = next.getAndIncrement();
                      i < answers.length;
                      i = next.getAndIncrement()) {
                    if (connection == null) {
                      connection = new Connection(new Socket(host, port));
                    }
                    long begin = System.nanoTime();
                    connection.out.write(requests.get(i));
                    connection.out.flush();
                    Response response = connection.read();
                    answers[i] =
                        new Answer(response.status, response.body, System.nanoTime() - begin);
                    if (response.close) {
                      connection.socket.close();
                      connection = null;
                    }
                  }
                  if (connection != null) {
                    connection.socket.close();
                  }
                } catch (IOException | RuntimeException e) {
                  synchronized (failures) {
                    failures.add(
                        e instanceof IOException io
                            ? new UncheckedIOException(io)
                            : (RuntimeException) e);
                  }
                }
              },
              "flood-" + t);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    return List.of(answers);
  }

  private record Response(int status, String body, boolean close) {}

  /** One open connection and its streams. */
  private static final class Connection {
    final Socket socket;
    final OutputStream out;
    final InputStream in;

    Connection(Socket socket) throws IOException {
      socket.setTcpNoDelay(true);
      this.socket = socket;
      this.out = socket.getOutputStream();
      this.in = new BufferedInputStream(socket.getInputStream(), 8192);
    }

    Response read() throws IOException {
      String statusLine = line();
      int status = Integer.parseInt(statusLine.substring(9, 12));
      int length = -1;
      boolean chunked = false;
      boolean close = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        int colon = header.indexOf(':');
        String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> length = Integer.parseInt(value);
          case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
          case "connection" -> close = value.equalsIgnoreCase("close");
          default -> {}
        }
      }
      ByteArrayOutputStream body = new ByteArrayOutputStream(256);
      if (chunked) {
        for (int size = Integer.parseInt(line().split(";")[0].trim(), 16);
            size > 0;
            size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
          body.write(in.readNBytes(size));
          line();
        }
        line();
      } else if (length > 0) {
        body.write(in.readNBytes(length));
      }
      return new Response(status, body.toString(StandardCharsets.UTF_8), close);
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder(64);
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          throw new IOException("Connection closed mid-response");
        }
        if (b != '\r') {
          line.append((char) b);
        }
      }
      return line.toString();
    }
  }
}
