package io.github.prestashop4j.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
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
