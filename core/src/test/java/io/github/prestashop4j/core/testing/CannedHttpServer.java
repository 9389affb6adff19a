package io.github.prestashop4j.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server that answers every connection with the same raw bytes, for responses that a
 * real HTTP server refuses to produce (malformed headers, say).
 */
public final class CannedHttpServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Thread acceptor;
  private final List<String> requestHeads = new CopyOnWriteArrayList<>();

  public CannedHttpServer(String rawResponse) throws IOException {
    byte[] response = rawResponse.getBytes(StandardCharsets.ISO_8859_1);
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                  requestHeads.add(readRequestHead(connection.getInputStream()));
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

  /** Returns the request line and headers of every request served so far. */
  public List<String> requestHeads() {
    return List.copyOf(requestHeads);
  }

  private static String readRequestHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    int b;
    while (matched < end.length && (b = in.read()) != -1) {
      head.append((char) b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
