package io.github.prestashop4j.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.prestashop4j.core.testing.CannedHttpServer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

@WireMockTest(httpsEnabled = true)
class JdkHttpTransportTest {

  @Test
  void speaksHttp2OverTls(WireMockRuntimeInfo wm) throws Exception {
    stubFor(get("/api/").willReturn(ok("<prestashop/>").withHeader("PSWS-Version", "9.1.4")));

    try (JdkHttpTransport transport =
            JdkHttpTransport.builder().sslContext(trustingWireMocksCertificate()).build();
        HttpResponse response =
            transport.send(
                HttpRequest.get(URI.create(wm.getHttpsBaseUrl() + "/api/")).build(),
                Deadline.after(Duration.ofSeconds(10)))) {

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("psws-version")).contains("9.1.4");
      assertThat(response.headers().map().keySet()).noneMatch(name -> name.startsWith(":"));
      assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("<prestashop/>");
    }
    List<LoggedRequest> requests =
        WireMock.findAll(WireMock.getRequestedFor(WireMock.urlEqualTo("/api/")));
    assertThat(requests)
        .singleElement()
        .extracting(LoggedRequest::getProtocol)
        .isEqualTo("HTTP/2.0");
  }

  @Test
  void usesHttp11ForPlainHttpAndReusesTheConnection(WireMockRuntimeInfo wm) throws IOException {
    stubFor(get("/api/").willReturn(ok("x")));

    try (JdkHttpTransport transport = JdkHttpTransport.builder().build()) {
      for (int i = 0; i < 3; i++) {
        try (HttpResponse response =
            transport.send(
                HttpRequest.get(URI.create(wm.getHttpBaseUrl() + "/api/")).build(),
                Deadline.after(Duration.ofSeconds(10)))) {
          assertThat(response.body().readAllBytes()).containsExactly('x');
        }
      }
    }
    List<LoggedRequest> requests =
        WireMock.findAll(WireMock.getRequestedFor(WireMock.urlEqualTo("/api/")));
    assertThat(requests)
        .hasSize(3)
        .allSatisfy(r -> assertThat(r.getProtocol()).isEqualTo("HTTP/1.1"));
    assertThat(requests).extracting(r -> r.getHeader("Upgrade")).containsOnlyNulls();
  }

  @Test
  void runsItsAsynchronousWorkOnTheCallersExecutor(WireMockRuntimeInfo wm) throws IOException {
    stubFor(get("/api/").willReturn(ok("x")));
    AtomicInteger tasks = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Executor counting =
        task -> {
          tasks.incrementAndGet();
          pool.execute(task);
        };

    try (JdkHttpTransport transport = JdkHttpTransport.builder().executor(counting).build();
        HttpResponse response =
            transport.send(
                HttpRequest.get(URI.create(wm.getHttpBaseUrl() + "/api/")).build(),
                Deadline.after(Duration.ofSeconds(10)))) {
      assertThat(response.body().readAllBytes()).containsExactly('x');
    } finally {
      pool.shutdownNow();
    }
    assertThat(tasks.get()).isPositive();
  }

  @Test
  void sendsThroughTheConfiguredProxy() throws IOException {
    try (CannedHttpServer proxy =
        new CannedHttpServer("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n")) {
      URI proxyUri = URI.create(proxy.baseUrl());
      ProxySelector selector =
          ProxySelector.of(new InetSocketAddress(proxyUri.getHost(), proxyUri.getPort()));

      try (JdkHttpTransport transport = JdkHttpTransport.builder().proxy(selector).build();
          HttpResponse response =
              transport.send(
                  HttpRequest.get(URI.create("http://shop.example.com/api/products")).build(),
                  Deadline.after(Duration.ofSeconds(10)))) {
        assertThat(response.statusCode()).isEqualTo(204);
      }
      assertThat(proxy.requestHeads())
          .singleElement()
          .asString()
          .startsWith("GET http://shop.example.com/api/products HTTP/1.1");
    }
  }

  @Test
  void anInterruptedCallerStopsWaitingAndKeepsItsInterruptFlag(WireMockRuntimeInfo wm) {
    stubFor(get("/api/").willReturn(ok("late").withFixedDelay(5_000)));

    try (JdkHttpTransport transport = JdkHttpTransport.builder().build()) {
      Thread.currentThread().interrupt();
      assertThatThrownBy(
              () ->
                  transport.send(
                      HttpRequest.get(URI.create(wm.getHttpBaseUrl() + "/api/")).build(),
                      Deadline.after(Duration.ofSeconds(10))))
          .isInstanceOf(InterruptedIOException.class);
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  @Test
  void refusesToStartAfterTheDeadline(WireMockRuntimeInfo wm) {
    Deadline passed = Deadline.after(Duration.ofNanos(1));
    while (!passed.expired()) {
      Thread.onSpinWait();
    }

    try (JdkHttpTransport transport = JdkHttpTransport.builder().build()) {
      assertThatThrownBy(
              () ->
                  transport.send(
                      HttpRequest.get(URI.create(wm.getHttpBaseUrl() + "/api/")).build(), passed))
          .isInstanceOf(HttpTimeoutException.class)
          .hasMessageContaining("had passed");
    }
  }

  @Test
  void builderRefusesANonPositiveConnectTimeout() {
    assertThatThrownBy(() -> JdkHttpTransport.builder().connectTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("connectTimeout: must be positive");
  }

  /** WireMock serves a self-signed certificate; production code never trusts blindly. */
  private static SSLContext trustingWireMocksCertificate() throws GeneralSecurityException {
    TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustAll}, null);
    return context;
  }
}
