package io.github.prestashop4j.core.testing;

import io.github.prestashop4j.core.http.Deadline;
import io.github.prestashop4j.core.http.HttpHeaders;
import io.github.prestashop4j.core.http.HttpRequest;
import io.github.prestashop4j.core.http.HttpResponse;
import io.github.prestashop4j.core.http.HttpTransport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A transport that answers with scripted responses and records what happened to each of them. */
public final class FakeTransport implements HttpTransport {
  private final Deque<FakeResponse> script = new ArrayDeque<>();
  private final List<HttpRequest> requests = new ArrayList<>();
  private boolean closed;

  /** Queues a response. */
  public FakeResponse respond(int status, byte[] body) {
    FakeResponse response = new FakeResponse(status, body);
    script.add(response);
    return response;
  }

  /** Queues a response with a UTF-8 body. */
  public FakeResponse respond(int status, String body) {
    return respond(status, body.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public HttpResponse send(HttpRequest request, Deadline deadline) {
    requests.add(request);
    return script.remove();
  }

  public List<HttpRequest> requests() {
    return List.copyOf(requests);
  }

  public boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
  }

  /** A response that knows whether it was closed and how much of its body was read. */
  public static final class FakeResponse implements HttpResponse {
    private final int status;
    private final int length;
    private final ByteArrayInputStream body;
    private boolean closed;

    private FakeResponse(int status, byte[] content) {
      this.status = status;
      this.length = content.length;
      this.body = new ByteArrayInputStream(content);
    }

    @Override
    public int statusCode() {
      return status;
    }

    @Override
    public HttpHeaders headers() {
      return HttpHeaders.empty();
    }

    @Override
    public InputStream body() {
      return body;
    }

    @Override
    public void close() {
      closed = true;
    }

    public boolean isClosed() {
      return closed;
    }

    public int bytesRead() {
      return length - body.available();
    }
  }
}
