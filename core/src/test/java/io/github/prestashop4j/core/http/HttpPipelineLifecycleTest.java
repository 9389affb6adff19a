package io.github.prestashop4j.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.ServerException;
import io.github.prestashop4j.core.testing.CannedHttpServer;
import io.github.prestashop4j.core.testing.FakeTransport;
import io.github.prestashop4j.core.testing.FakeTransport.FakeResponse;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** What happens to responses and transports: closed, drained, owned. */
class HttpPipelineLifecycleTest {
  private static final URI URL = URI.create("https://shop.example.com/api/products");

  private final FakeTransport transport = new FakeTransport();
  private final HttpPipeline pipeline =
      HttpPipeline.builder(
              ClientConfig.builder()
                  .baseUrl("https://shop.example.com")
                  .transport(transport)
                  .build())
          .build();

  private static HttpRequest get() {
    return HttpRequest.get(URL).build();
  }

  @Test
  void closesTheResponseOnceTheHandlerIsDone() {
    FakeResponse response = transport.respond(200, "<prestashop/>");

    String body =
        pipeline.execute(
            get(), RequestOptions.defaults(), r -> new String(r.body().readAllBytes()));

    assertThat(body).isEqualTo("<prestashop/>");
    assertThat(response.isClosed()).isTrue();
  }

  @Test
  void closesTheResponseWhenTheHandlerFails() {
    FakeResponse response = transport.respond(200, "x");

    assertThatThrownBy(
            () ->
                pipeline.execute(
                    get(),
                    RequestOptions.defaults(),
                    r -> {
                      throw new IllegalStateException("handler bug");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("handler bug");
    assertThat(response.isClosed()).isTrue();
  }

  @Test
  void closesAnErrorResponseAfterReadingAtMostItsFirst64KiB() {
    FakeResponse response = transport.respond(500, new byte[1024 * 1024]);

    assertThatThrownBy(() -> pipeline.execute(get(), RequestOptions.defaults(), r -> 0))
        .isInstanceOf(ServerException.class);
    assertThat(response.bytesRead()).isEqualTo(64 * 1024);
    assertThat(response.isClosed()).isTrue();
  }

  @Test
  void sendLeavesTheSuccessfulResponseOpenForTheCaller() {
    FakeResponse response = transport.respond(200, "x");

    try (HttpResponse open = pipeline.send(get(), RequestOptions.defaults())) {
      assertThat(response.isClosed()).isFalse();
      assertThat(open.statusCode()).isEqualTo(200);
    }
    assertThat(response.isClosed()).isTrue();
  }

  @Test
  void aHandlerThatLeavesATailUnreadStillLetsTheConnectionBeReused() throws Exception {
    try (CannedHttpServer server =
            new CannedHttpServer("HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n{\"id\":1}\n\n\n");
        HttpPipeline real =
            HttpPipeline.builder(ClientConfig.builder().baseUrl(server.baseUrl()).build())
                .build()) {
      for (int i = 0; i < 3; i++) {
        int first =
            real.execute(
                HttpRequest.get(URI.create(server.baseUrl() + "/api/")).build(),
                RequestOptions.defaults(),
                r -> r.body().read());
        assertThat(first).isEqualTo('{');
      }

      assertThat(server.connections()).isEqualTo(1);
    }
  }

  @Test
  void leavesASuppliedTransportOpen() {
    pipeline.close();

    assertThat(transport.isClosed()).isFalse();
  }

  @Test
  void aRefusedCertificateIsNotRetried() {
    int[] attempts = {0};
    HttpTransport untrusted =
        new HttpTransport() {
          @Override
          public HttpResponse send(HttpRequest request, Deadline deadline) throws IOException {
            attempts[0]++;
            throw new javax.net.ssl.SSLHandshakeException("PKIX path building failed") {
              {
                initCause(new java.security.cert.CertificateException("not trusted"));
              }
            };
          }

          @Override
          public void close() {}
        };
    HttpPipeline strict =
        HttpPipeline.builder(
                ClientConfig.builder()
                    .baseUrl("https://shop.example.com")
                    .transport(untrusted)
                    .sleeper(d -> {})
                    .build())
            .build();

    assertThatThrownBy(() -> strict.execute(get(), RequestOptions.defaults(), r -> "never"))
        .isInstanceOf(io.github.prestashop4j.core.TransportException.class)
        .hasRootCauseInstanceOf(java.security.cert.CertificateException.class);
    assertThat(attempts[0]).isEqualTo(1);
  }
}
