package io.github.prestashop4j.testkit.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback TCP proxy that relays to a target port and injects connection-level faults, like a
 * small in-JVM toxiproxy: latency, a reset after some bytes, sliced writes, a stall and a
 * blackhole. The mode applies to connections accepted after it is set; {@link #failNext(int, Mode)}
 * applies a mode to the next connections only, then falls back to the current mode. Every socket it
 * opens is closed by {@link #close()}, so a stalled client is never left waiting on it after a
 * test.
 */
final class TcpProxy implements AutoCloseable {

  /** What the proxy does with a connection. */
  sealed interface Mode {}

  /** Relays both ways unchanged. */
  record Pass() implements Mode {}

  /** Waits that long before relaying each chunk of the answer. */
  record Delay(long millis) implements Mode {}

  /**
   * Relays the request, and at most {@code bytes} of the answer, then resets the connection (RST).
   * With 0 bytes the answer never starts; with {@code beforeRequest} the connection is reset as
   * soon as it is accepted, before the request is read.
   */
  record Reset(int bytes, boolean beforeRequest) implements Mode {}

  /** Relays the answer in writes of at most {@code size} bytes. */
  record Slice(int size) implements Mode {}

  /**
   * Relays the request, the answer's head and {@code bodyBytes} of its body, then holds the
   * connection open and silent.
   */
  record Stall(int bodyBytes) implements Mode {}

  /** Accepts the connection, reads and drops everything, never answers. */
  record Blackhole() implements Mode {}

  private static final byte[] CRLFCRLF = {'\r', '\n', '\r', '\n'};

  private final ServerSocket server;
  private final int targetPort;
  private final AtomicReference<Mode> mode = new AtomicReference<>(new Pass());
  private final AtomicInteger nextFaulty = new AtomicInteger();
  private final AtomicReference<Mode> nextMode = new AtomicReference<>(new Pass());
  private final AtomicInteger connections = new AtomicInteger();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  TcpProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "tcp-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  TcpProxy mode(Mode mode) {
    this.mode.set(mode);
    return this;
  }

  /** Applies {@code mode} to the next {@code count} connections only. */
  TcpProxy failNext(int count, Mode mode) {
    nextMode.set(mode);
    nextFaulty.set(count);
    return this;
  }

  /** How many connections clients opened through the proxy. */
  int connections() {
    return connections.get();
  }

  private Mode take() {
    int left = nextFaulty.getAndUpdate(n -> Math.max(0, n - 1));
    return left > 0 ? nextMode.get() : mode.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      connections.incrementAndGet();
      open.add(client);
      Mode m = take();
      Thread t = new Thread(() -> serve(client, m), "tcp-proxy-conn");
      t.setDaemon(true);
      t.start();
    }
  }

  private void serve(Socket client, Mode m) {
    Socket upstream = null;
    try {
      if (m instanceof Reset r && r.beforeRequest()) {
        reset(client);
        return;
      }
      if (m instanceof Blackhole) {
        drain(client.getInputStream());
        return;
      }
      upstream = new Socket();
      open.add(upstream);
      upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
      upstream.setTcpNoDelay(true);
      client.setTcpNoDelay(true);
      Socket up = upstream;
      Thread requests = new Thread(() -> pump(client, up, new Pass(), client), "tcp-proxy-request");
      requests.setDaemon(true);
      requests.start();
      pump(upstream, client, m, client);
    } catch (IOException e) {
      // A side went away: close both below.
    } finally {
      closeQuietly(client);
      closeQuietly(upstream);
    }
  }

  /** Copies {@code from} to {@code to}, applying the mode to this direction. */
  private void pump(Socket from, Socket to, Mode m, Socket client) {
    long relayed = 0;
    long headEnd = -1;
    int matched = 0;
    byte[] buffer = new byte[8192];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      if (m instanceof Reset r && r.bytes() == 0) {
        // Reset as soon as the answer starts, before any byte of it reaches the client.
        if (in.read() >= 0) {
          reset(client);
        }
        return;
      }
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (m instanceof Delay d) {
          Thread.sleep(d.millis()); // the proxy's injected latency, not a test waiting
        }
        if (m instanceof Reset r && relayed + n >= r.bytes()) {
          out.write(buffer, 0, (int) (r.bytes() - relayed));
          out.flush();
          reset(client);
          return;
        }
        if (m instanceof Stall s) {
          for (int i = 0; i < n && headEnd < 0; i++) {
            matched = buffer[i] == CRLFCRLF[matched] ? matched + 1 : (buffer[i] == '\r' ? 1 : 0);
            if (matched == CRLFCRLF.length) {
              headEnd = relayed + i + 1;
            }
          }
          if (headEnd >= 0 && relayed + n >= headEnd + s.bodyBytes()) {
            out.write(buffer, 0, (int) (headEnd + s.bodyBytes() - relayed));
            out.flush();
            drain(in); // the rest of the answer never reaches the client
            return;
          }
        }
        if (m instanceof Slice s) {
          for (int i = 0; i < n; i += s.size()) {
            out.write(buffer, i, Math.min(s.size(), n - i));
            out.flush();
          }
        } else {
          out.write(buffer, 0, n);
          out.flush();
        }
        relayed += n;
      }
      to.shutdownOutput();
    } catch (IOException e) {
      closeQuietly(from);
      closeQuietly(to);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void drain(InputStream in) throws IOException {
    byte[] sink = new byte[8192];
    while (in.read(sink) >= 0) {
      // discard
    }
  }

  /** Closes with SO_LINGER 0, which sends a TCP RST instead of a FIN. */
  private void reset(Socket socket) {
    try {
      socket.setSoLinger(true, 0);
    } catch (SocketException e) {
      // Already closed.
    }
    closeQuietly(socket);
  }

  private void closeQuietly(Socket socket) {
    if (socket == null) {
      return;
    }
    open.remove(socket);
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing to do.
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : open) {
      closeQuietly(socket);
    }
  }
}
