package io.github.prestashop4j.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A loopback server that answers every connection with the same raw bytes, for responses that a
 * real HTTP server refuses to produce (malformed headers, say).
 */
public final class CannedHttpServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Thread acceptor;

  public CannedHttpServer(String rawResponse) throws IOException {
    byte[] response = rawResponse.getBytes(StandardCharsets.ISO_8859_1);
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                  readRequestHead(connection.getInputStream());
                  OutputStream out = connection.getOutputStream();
                  out.write(response);
                  out.flush();
                } catch (IOException e) {
                  // Closed by close(), or the client went away: serve the next one.
                }
              }
            },
            "canned-http-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private static void readRequestHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    int b;
    while (matched < end.length && (b = in.read()) != -1) {
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
