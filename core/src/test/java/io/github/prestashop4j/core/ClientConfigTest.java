package io.github.prestashop4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.core.http.Deadline;
import io.github.prestashop4j.core.http.HttpPipeline;
import io.github.prestashop4j.core.http.HttpRequest;
import io.github.prestashop4j.core.http.HttpResponse;
import io.github.prestashop4j.core.http.HttpTransport;
import io.github.prestashop4j.core.internal.UserAgent;
import io.github.prestashop4j.core.testing.RecordingSleeper;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientConfigTest {
  private static final String BASE_URL = "https://shop.example/api/";

  @Test
  void defaults() {
    ClientConfig config = ClientConfig.builder().baseUrl(BASE_URL).build();

    assertThat(config.baseUrl()).isEqualTo(URI.create(BASE_URL));
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.retryPolicy()).isEqualTo(RetryPolicy.defaults());
    assertThat(config.allowInsecureHttp()).isFalse();
    assertThat(config.userAgentSuffix()).isEmpty();
    assertThat(config.proxy()).isEmpty();
    assertThat(config.executor()).isEmpty();
    assertThat(config.transport()).isEmpty();
    assertThat(config.defaultHeaders().isEmpty()).isTrue();
    assertThat(config.clock()).isEqualTo(Clock.systemUTC());
  }

  @Test
  void theUserAgentNamesTheSdkAndJavaVersions() {
    String userAgent = ClientConfig.builder().baseUrl(BASE_URL).build().userAgent();

    assertThat(userAgent)
        .matches("prestashop4j/\\S+ \\(Java \\S+\\)")
        .isEqualTo("prestashop4j/" + UserAgent.SDK_VERSION + " (Java " + Runtime.version() + ")");
  }

  @Test
  void theSdkVersionComesFromTheFilteredBuildProperties() {
    assertThat(UserAgent.SDK_VERSION).isNotEqualTo("unknown").doesNotContain("${");
  }

  @Test
  void theUserAgentSuffixIsAppendedAfterASpace() {
    ClientConfig config =
        ClientConfig.builder().baseUrl(BASE_URL).userAgentSuffix("my-erp/2.3").build();

    assertThat(config.userAgentSuffix()).contains("my-erp/2.3");
    assertThat(config.userAgent())
        .isEqualTo(UserAgent.value(null) + " my-erp/2.3")
        .matches("prestashop4j/\\S+ \\(Java \\S+\\) my-erp/2\\.3");
  }

  @Test
  void theUserAgentSuffixIsStrippedAndABlankOneIsNone() {
    ClientConfig.Builder builder = ClientConfig.builder().baseUrl(BASE_URL);

    assertThat(builder.userAgentSuffix("  my-erp/2.3  ").build().userAgent())
        .endsWith(") my-erp/2.3");
    assertThat(builder.userAgentSuffix("   ").build().userAgentSuffix()).isEmpty();
    assertThat(builder.userAgentSuffix(null).build().userAgent()).isEqualTo(UserAgent.value(null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"my-erp\n", "my-erp\r\nX-Injected: 1", "tab\there", "caf\u00e9", "\u007f"})
  void theUserAgentSuffixMustBePrintableAscii(String suffix) {
    assertThatThrownBy(() -> ClientConfig.builder().userAgentSuffix(suffix))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("userAgentSuffix:");
  }

  @Test
  void withTransportKeepsEverySettingButThoseOfTheDefaultTransport() {
    ClientConfig config =
        ClientConfig.builder()
            .baseUrl("https://shop.example")
            .connectTimeout(Duration.ofSeconds(3))
            .callTimeout(Duration.ofSeconds(7))
            .build();
    try (var shared = io.github.prestashop4j.core.http.JdkHttpTransport.from(config)) {
      ClientConfig sharing = config.withTransport(shared);

      assertThat(sharing.transport()).containsSame(shared);
      assertThat(sharing.callTimeout()).isEqualTo(Duration.ofSeconds(7));
      assertThat(sharing.baseUrl()).isEqualTo(config.baseUrl());
      assertThat(sharing.connectTimeout())
          .isEqualTo(ClientConfig.builder().build().connectTimeout());
    }
  }

  @Test
  void aConfigurationWithoutBaseUrlCarriesSettingsButCannotServeAPipeline() {
    ClientConfig settings = ClientConfig.builder().callTimeout(Duration.ofSeconds(5)).build();

    assertThat(settings.hasBaseUrl()).isFalse();
    assertThat(settings.callTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThatThrownBy(settings::baseUrl).hasMessage("baseUrl: is required");
    assertThatThrownBy(() -> HttpPipeline.builder(settings).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("baseUrl: is required");
    assertThat(settings.toBuilder().baseUrl("https://shop.example").build().hasBaseUrl()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "shop.example/api",
        "/api",
        "ftp://shop.example/api",
        "file:///var/www/api",
        "mailto:shop@example.com",
        "https:///api",
        "https://shop.example/api?ws_key=x",
        "https://shop.example/api#products"
      })
  void buildRefusesABaseUrlThatIsNotAPlainHttpUrl(String baseUrl) {
    ClientConfig.Builder builder = ClientConfig.builder().baseUrl(baseUrl);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("baseUrl:");
  }

  @Test
  void buildRefusesUserInformationWithoutRepeatingIt() {
    ClientConfig.Builder builder =
        ClientConfig.builder().baseUrl("https://admin:hunter2@shop.example/api/");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("baseUrl:")
        .message()
        .doesNotContain("admin")
        .doesNotContain("hunter2");
  }

  @Test
  void buildRefusesAQueryWithoutRepeatingIt() {
    ClientConfig.Builder builder =
        ClientConfig.builder().baseUrl("https://shop.example/api/?ws_key=SECRETKEY");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("baseUrl:")
        .message()
        .doesNotContain("SECRETKEY");
  }

  @Test
  void anUnparsableBaseUrlIsRefusedWithoutRepeatingIt() {
    assertThatThrownBy(() -> ClientConfig.builder().baseUrl("https://admin:hunter 2@shop.example/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("baseUrl:")
        .message()
        .doesNotContain("hunter")
        .doesNotContain("admin");
  }

  @Test
  void acceptsPlainHttpAndUpperCaseSchemes() {
    assertThat(ClientConfig.builder().baseUrl("http://shop.example/api/").build().baseUrl())
        .isEqualTo(URI.create("http://shop.example/api/"));
    assertThat(ClientConfig.builder().baseUrl(" HTTPS://shop.example/api/ ").build().baseUrl())
        .isEqualTo(URI.create("HTTPS://shop.example/api/"));
  }

  @Test
  void timeoutsMustBePositive() {
    assertThatThrownBy(() -> ClientConfig.builder().connectTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("connectTimeout:");
    assertThatThrownBy(() -> ClientConfig.builder().callTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("callTimeout:");
  }

  @Test
  void aSuppliedTransportIsKept() {
    HttpTransport transport = new UnusedTransport();

    ClientConfig config = ClientConfig.builder().baseUrl(BASE_URL).transport(transport).build();

    assertThat(config.transport()).containsSame(transport);
  }

  @Test
  void aSuppliedTransportCannotBeCombinedWithConnectTimeout() {
    ClientConfig.Builder builder =
        ClientConfig.builder()
            .baseUrl(BASE_URL)
            .transport(new UnusedTransport())
            .connectTimeout(Duration.ofSeconds(5));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("transport:");
  }

  @Test
  void aSuppliedTransportCannotBeCombinedWithProxy() {
    ClientConfig.Builder builder =
        ClientConfig.builder()
            .baseUrl(BASE_URL)
            .transport(new UnusedTransport())
            .proxy(ProxySelector.of(InetSocketAddress.createUnresolved("proxy.example", 3128)));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("transport:");
  }

  @Test
  void aSuppliedTransportCannotBeCombinedWithExecutor() {
    Executor executor = Runnable::run;
    ClientConfig.Builder builder =
        ClientConfig.builder()
            .baseUrl(BASE_URL)
            .executor(executor)
            .transport(new UnusedTransport());

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("transport:");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Authorization",
        "authorization",
        "Proxy-Authorization",
        "User-Agent",
        "Host",
        "Content-Length",
        "Transfer-Encoding",
        "Connection"
      })
  void defaultHeaderRefusesHeadersTheSdkOrTransportOwn(String name) {
    ClientConfig.Builder builder = ClientConfig.builder().baseUrl(BASE_URL);

    assertThatThrownBy(() -> builder.defaultHeader(name, "Basic c2VjcmV0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("defaultHeader:")
        .hasMessageContaining(name)
        .message()
        .doesNotContain("c2VjcmV0");
    assertThat(builder.build().defaultHeaders().contains(name)).isFalse();
  }

  @Test
  void defaultHeaderRefusesALineBreakInTheValue() {
    assertThatThrownBy(() -> ClientConfig.builder().defaultHeader("X-Tenant", "a\r\nHost: evil"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultHeadersAreKeptInOrder() {
    ClientConfig config =
        ClientConfig.builder()
            .baseUrl(BASE_URL)
            .defaultHeader("X-Tenant", "a")
            .defaultHeader("x-tenant", "b")
            .defaultHeader("Accept-Language", "fr")
            .build();

    assertThat(config.defaultHeaders().allValues("X-Tenant")).containsExactly("a", "b");
    assertThat(config.defaultHeaders().firstValue("accept-language")).contains("fr");
  }

  @Test
  void toStringNeverShowsASecretDefaultHeader() {
    ClientConfig config =
        ClientConfig.builder()
            .baseUrl(BASE_URL)
            .defaultHeader("X-Api-Key", "s3cr3t-header-value")
            .defaultHeader("X-Tenant", "tenant-7")
            .build();

    assertThat(config.defaultHeaders().firstValue("X-Api-Key")).contains("s3cr3t-header-value");
    assertThat(config.toString())
        .doesNotContain("s3cr3t-header-value")
        .contains("X-Api-Key: REDACTED")
        .contains("X-Tenant: tenant-7")
        .contains("baseUrl=https://shop.example/api/");
  }

  @Test
  void toBuilderBuildsTheSameSettings() {
    Clock clock = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
    Sleeper sleeper = new RecordingSleeper();
    Executor executor = Runnable::run;
    ProxySelector proxy =
        ProxySelector.of(InetSocketAddress.createUnresolved("proxy.example", 3128));
    ClientConfig original =
        ClientConfig.builder()
            .baseUrl("http://shop.example/api/")
            .connectTimeout(Duration.ofSeconds(3))
            .callTimeout(Duration.ofSeconds(7))
            .retryPolicy(RetryPolicy.none())
            .userAgentSuffix("my-erp/2.3")
            .proxy(proxy)
            .defaultHeader("X-Tenant", "a")
            .defaultHeader("X-Tenant", "b")
            .executor(executor)
            .allowInsecureHttp(true)
            .clock(clock)
            .sleeper(sleeper)
            .build();

    ClientConfig copy = original.toBuilder().build();

    assertThat(copy.baseUrl()).isEqualTo(original.baseUrl());
    assertThat(copy.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(copy.callTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(copy.retryPolicy()).isEqualTo(RetryPolicy.none());
    assertThat(copy.userAgentSuffix()).contains("my-erp/2.3");
    assertThat(copy.userAgent()).isEqualTo(original.userAgent());
    assertThat(copy.proxy()).containsSame(proxy);
    assertThat(copy.defaultHeaders()).isEqualTo(original.defaultHeaders());
    assertThat(copy.defaultHeaders().allValues("X-Tenant")).containsExactly("a", "b");
    assertThat(copy.executor()).containsSame(executor);
    assertThat(copy.transport()).isEmpty();
    assertThat(copy.allowInsecureHttp()).isTrue();
    assertThat(copy.clock()).isSameAs(clock);
    assertThat(copy.sleeper()).isSameAs(sleeper);
    assertThat(copy.toString()).isEqualTo(original.toString());
  }

  @Test
  void toBuilderKeepsASuppliedTransport() {
    HttpTransport transport = new UnusedTransport();
    ClientConfig original = ClientConfig.builder().baseUrl(BASE_URL).transport(transport).build();

    ClientConfig copy = original.toBuilder().build();

    assertThat(copy.transport()).containsSame(transport);
    assertThat(copy.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void changingTheBuilderFromToBuilderLeavesTheOriginalAlone() {
    ClientConfig original =
        ClientConfig.builder().baseUrl(BASE_URL).defaultHeader("X-Tenant", "a").build();

    ClientConfig derived =
        original.toBuilder()
            .defaultHeader("X-Tenant", "b")
            .callTimeout(Duration.ofSeconds(1))
            .build();

    assertThat(original.defaultHeaders().allValues("X-Tenant")).containsExactly("a");
    assertThat(original.callTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(derived.defaultHeaders().allValues("X-Tenant")).containsExactly("a", "b");
    assertThat(derived.callTimeout()).isEqualTo(Duration.ofSeconds(1));
  }

  /** A transport that is only configured, never used: these tests send nothing. */
  private static final class UnusedTransport implements HttpTransport {
    @Override
    public HttpResponse send(HttpRequest request, Deadline deadline) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public void close() {}
  }
}
