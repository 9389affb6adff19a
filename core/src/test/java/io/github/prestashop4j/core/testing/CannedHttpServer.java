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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that answers every request with the same raw bytes, for responses a real HTTP
 * server refuses to produce (malformed headers, say). Connections are kept open between requests,
 * so a canned response with a {@code Content-Length} lets clients reuse them; {@link
 * #connections()} tells how many were opened.
 */
public final class CannedHttpServer implements AutoCloseable {
  private final ServerSocket socket;
  private final byte[] response;
  private final List<String> requestHeads = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();

  public CannedHttpServer(String rawResponse) throws IOException {
    this.response = rawResponse.getBytes(StandardCharsets.ISO_8859_1);
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "canned-http-server");
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

  /** Returns how many connections clients opened. */
  public int connections() {
    return connections.get();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connections.incrementAndGet();
        Thread serving = new Thread(() -> serve(connection), "canned-http-connection");
        serving.setDaemon(true);
        serving.start();
      } catch (IOException e) {
        // Closed by close().
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      InputStream in = connection.getInputStream();
      OutputStream out = connection.getOutputStream();
      String head;
      while ((head = readRequestHead(in)) != null) {
        requestHeads.add(head);
        out.write(response);
        out.flush();
      }
    } catch (IOException e) {
      // The client went away.
    }
  }

  /** Returns the request head, or null when the client closed the connection. */
  private static String readRequestHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    int b;
    while (matched < end.length && (b = in.read()) != -1) {
      head.append((char) b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return matched == end.length ? head.toString() : null;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
