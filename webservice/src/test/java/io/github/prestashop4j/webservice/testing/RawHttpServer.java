package io.github.prestashop4j.webservice.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that writes raw bytes, for answers WireMock cannot give: a body cut
 * short, a body that stalls, a body generated on the fly and never held in memory. One connection
 * at a time; each gets the same answer.
 */
public final class RawHttpServer implements AutoCloseable {
  /** Writes the whole answer, status line included, to a connection. */
  @FunctionalInterface
  public interface Answer {
    /**
     * Writes the answer.
     *
     * @param out the connection
     * @throws IOException if writing fails
     */
    void write(OutputStream out) throws IOException;
  }

  private final ServerSocket socket;
  private final Thread acceptor;
  private final AtomicInteger requests = new AtomicInteger();
  private final CountDownLatch closed = new CountDownLatch(1);

  /**
   * Starts the server.
   *
   * @param answer what every request gets
   * @throws IOException if the port cannot be opened
   */
  public RawHttpServer(Answer answer) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                  readHeaders(connection.getInputStream());
                  requests.incrementAndGet();
                  answer.write(connection.getOutputStream());
                  connection.getOutputStream().flush();
                } catch (IOException e) {
                  // The client went away or the server is closing: next connection.
                }
              }
            },
            "raw-http-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * Returns the base URL.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /**
   * Returns how many requests arrived.
   *
   * @return the count
   */
  public int requests() {
    return requests.get();
  }

  /**
   * Blocks an answer until the server is closed (a stalled body), without a timed sleep.
   *
   * @throws IOException never
   */
  public void stallUntilClosed() throws IOException {
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Writes a status line and headers for a body of a given length.
   *
   * @param out the connection
   * @param contentType the {@code Content-Type}
   * @param length the announced {@code Content-Length}
   * @throws IOException if writing fails
   */
  public static void head(OutputStream out, String contentType, long length) throws IOException {
    out.write(
        ("HTTP/1.1 200 OK\r\nContent-Type: "
                + contentType
                + "\r\nContent-Length: "
                + length
                + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
  }

  private static void readHeaders(InputStream in) throws IOException {
    int state = 0;
    while (state < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed before the end of the headers");
      }
      state =
          (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3))
              ? state + 1
              : 0;
    }
  }

  @Override
  public void close() throws IOException {
    closed.countDown();
    socket.close();
  }
}
