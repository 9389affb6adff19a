package io.github.prestashop4j.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudEnvironmentTest {
  @Test
  void productionUrls() {
    CloudEnvironment prod = CloudEnvironment.PRODUCTION;
    assertThat(prod.kind()).isEqualTo(CloudEnvironment.Kind.PRODUCTION);
    assertThat(prod.issuer()).isEqualTo("https://oauth.prestashop.com/");
    assertThat(prod.tokenUrl()).hasToString("https://oauth.prestashop.com/oauth2/token");
    assertThat(prod.discoveryUrl())
        .hasToString("https://oauth.prestashop.com/.well-known/openid-configuration");
    assertThat(prod.accountsApiUrl())
        .hasToString("https://accounts-api.distribution.prestashop.net");
  }

  @Test
  void otherEnvironments() {
    assertThat(CloudEnvironment.PREPRODUCTION.issuer())
        .isEqualTo("https://oauth.preproduction.prestashop.com/");
    assertThat(CloudEnvironment.INTEGRATION.issuer())
        .isEqualTo("https://oauth.integration.prestashop.com/");
    assertThat(CloudEnvironment.INTEGRATION.accountsApiUrl().getHost())
        .isEqualTo("accounts-api-prestabulle1.integration.prestashop.com");
  }

  @Test
  void customDropsATrailingSlashAndComparesByValue() {
    CloudEnvironment custom =
        CloudEnvironment.custom(
            URI.create("http://127.0.0.1:8080/"), URI.create("http://127.0.0.1:8081/accounts/"));
    assertThat(custom.kind()).isEqualTo(CloudEnvironment.Kind.CUSTOM);
    assertThat(custom.oauthBaseUrl()).hasToString("http://127.0.0.1:8080");
    assertThat(custom.issuer()).isEqualTo("http://127.0.0.1:8080/");
    assertThat(custom.accountsApiUrl()).hasToString("http://127.0.0.1:8081/accounts");
    assertThat(custom)
        .isEqualTo(
            CloudEnvironment.custom(
                URI.create("http://127.0.0.1:8080"), URI.create("http://127.0.0.1:8081/accounts")))
        .hasSameHashCodeAs(
            CloudEnvironment.custom(
                URI.create("http://127.0.0.1:8080"), URI.create("http://127.0.0.1:8081/accounts")))
        .isNotEqualTo(CloudEnvironment.PRODUCTION);
    assertThat(custom.toString()).contains("CUSTOM").contains("127.0.0.1:8080");
  }

  @Test
  void customRefusesNonHttpUrls() {
    assertThatThrownBy(() -> CloudEnvironment.custom(URI.create("ftp://x"), URI.create("http://y")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("oauthBaseUrl");
    assertThatThrownBy(
            () -> CloudEnvironment.custom(URI.create("http://x"), URI.create("relative/path")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("accountsApiUrl");
  }

  @Test
  void customRefusesUserInfoQueryFragmentAndMissingHost() {
    URI fine = URI.create("https://accounts.example.com");
    for (String bad :
        List.of(
            "https://user:s3cret@oauth.example.com",
            "https://oauth.example.com/?token=s3cret",
            "https://oauth.example.com/#s3cret",
            "http:///no-host")) {
      assertThatThrownBy(() -> CloudEnvironment.custom(URI.create(bad), fine))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("oauthBaseUrl")
          .hasMessageNotContaining("s3cret");
      assertThatThrownBy(() -> CloudEnvironment.custom(fine, URI.create(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("accountsApiUrl")
          .hasMessageNotContaining("s3cret");
    }
  }
}
