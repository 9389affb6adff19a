package io.github.prestashop4j.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.prestashop4j.core.testing.CannedHttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdkHttpTransportTest {
  private static final String KEYSTORE_PASSWORD = "changeit";

  /**
   * HTTPS with a certificate for localhost that the tests trust explicitly: verification stays on.
   */
  @RegisterExtension
  static final WireMockExtension SERVER =
      WireMockExtension.newInstance()
          .options(
              wireMockConfig()
                  .dynamicPort()
                  .dynamicHttpsPort()
                  .keystorePath(keystore().toString())
                  .keystoreType("PKCS12")
                  .keystorePassword(KEYSTORE_PASSWORD)
                  .keyManagerPassword(KEYSTORE_PASSWORD))
          .configureStaticDsl(true)
          .build();

  @Test
  void speaksHttp2OverTls() throws Exception {
    stubFor(get("/api/").willReturn(ok("<prestashop/>").withHeader("PSWS-Version", "9.1.4")));

    try (JdkHttpTransport transport =
            JdkHttpTransport.builder().sslContext(trustingTheTestCertificate()).build();
        HttpResponse response =
            sendGet(transport, SERVER.getRuntimeInfo().getHttpsBaseUrl() + "/api/")) {

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
  void usesHttp11WithoutUpgradeForPlainHttp() throws IOException {
    stubFor(get("/api/").willReturn(ok("x")));

    try (JdkHttpTransport transport = JdkHttpTransport.builder().build();
        HttpResponse response =
            sendGet(transport, SERVER.getRuntimeInfo().getHttpBaseUrl() + "/api/")) {
      assertThat(response.body().readAllBytes()).containsExactly('x');
    }
    assertThat(WireMock.findAll(WireMock.getRequestedFor(WireMock.urlEqualTo("/api/"))))
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.getProtocol()).isEqualTo("HTTP/1.1");
              assertThat(request.getHeader("Upgrade")).isNull();
            });
  }

  @Test
  void reusesOneConnectionForSequentialRequests() throws IOException {
    try (CannedHttpServer server =
            new CannedHttpServer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        JdkHttpTransport transport = JdkHttpTransport.builder().build()) {
      for (int i = 0; i < 5; i++) {
        try (HttpResponse response = sendGet(transport, server.baseUrl() + "/api/products/" + i)) {
          assertThat(response.body().readAllBytes()).containsExactly('o', 'k');
        }
      }

      assertThat(server.requestHeads()).hasSize(5);
      assertThat(server.connections()).isEqualTo(1);
    }
  }

  @Test
  void runsItsAsynchronousWorkOnTheCallersExecutor() throws IOException {
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
            sendGet(transport, SERVER.getRuntimeInfo().getHttpBaseUrl() + "/api/")) {
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
          HttpResponse response = sendGet(transport, "http://shop.example.com/api/products")) {
        assertThat(response.statusCode()).isEqualTo(204);
      }
      assertThat(proxy.requestHeads())
          .singleElement()
          .asString()
          .startsWith("GET http://shop.example.com/api/products HTTP/1.1");
    }
  }

  @Test
  void anInterruptedCallerStopsWaitingAndKeepsItsInterruptFlag() {
    stubFor(get("/api/").willReturn(ok("late").withFixedDelay(5_000)));

    try (JdkHttpTransport transport = JdkHttpTransport.builder().build()) {
      Thread.currentThread().interrupt();
      assertThatThrownBy(
              () ->
                  sendGet(
                      transport,
                      SERVER.getRuntimeInfo().getHttpBaseUrl() + "/api/",
                      Deadline.after(Duration.ofSeconds(10))))
          .isInstanceOf(InterruptedIOException.class);
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  @Test
  void aDeadlinePassingBeforeTheHeadersSaysWhichWaitItEnded() {
    stubFor(get("/api/").willReturn(ok("late").withFixedDelay(5_000)));

    try (JdkHttpTransport transport = JdkHttpTransport.builder().build()) {
      assertThatThrownBy(
              () ->
                  sendGet(
                      transport,
                      SERVER.getRuntimeInfo().getHttpBaseUrl() + "/api/",
                      Deadline.after(Duration.ofMillis(300))))
          .isInstanceOf(HttpTimeoutException.class)
          .hasMessageContaining("while waiting for the response");
    }
  }

  @Test
  void refusesToStartAfterTheDeadline() {
    Deadline passed = Deadline.after(Duration.ofNanos(1));
    while (!passed.expired()) {
      Thread.onSpinWait();
    }

    try (JdkHttpTransport transport = JdkHttpTransport.builder().build()) {
      assertThatThrownBy(
              () -> sendGet(transport, SERVER.getRuntimeInfo().getHttpBaseUrl() + "/api/", passed))
          .isInstanceOf(HttpTimeoutException.class)
          .hasMessageContaining("passed before the request was sent");
    }
  }

  @Test
  void builderRefusesANonPositiveConnectTimeout() {
    assertThatThrownBy(() -> JdkHttpTransport.builder().connectTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("connectTimeout: must be positive");
  }

  private static HttpResponse sendGet(HttpTransport transport, String url) throws IOException {
    return sendGet(transport, url, Deadline.after(Duration.ofSeconds(10)));
  }

  private static HttpResponse sendGet(HttpTransport transport, String url, Deadline deadline)
      throws IOException {
    return transport.send(HttpRequest.get(URI.create(url)).build(), deadline);
  }

  private static Path keystore() {
    try {
      return Path.of(JdkHttpTransportTest.class.getResource("/tls/localhost.p12").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SSLContext trustingTheTestCertificate() throws Exception {
    KeyStore trusted = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore())) {
      trusted.load(in, KEYSTORE_PASSWORD.toCharArray());
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }
}
