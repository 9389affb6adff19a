package io.github.prestashop4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.core.InsecureTransportException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TransportSecurityTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost",
        "LOCALHOST",
        "LocalHost",
        "foo.localhost",
        "127.0.0.1",
        "127.255.0.9",
        "127.0.0.0",
        "127.255.255.255",
        "::1",
        "[::1]",
        "0:0:0:0:0:0:0:1",
        "[0:0:0:0:0:0:0:1]"
      })
  void loopbackHosts(String host) {
    assertThat(TransportSecurity.isLoopback(host)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "128.0.0.1",
        "126.0.0.1",
        "127.0.0.256",
        "127.0.0",
        "127.0.0.1.1",
        "127.0.0.",
        "127..0.1",
        "127.0.0.-1",
        "127.0.0.1000",
        "127.1",
        "0127.0.0.1",
        "0x7f.0.0.1",
        "2130706433",
        "localhost.evil.com",
        "localhost.",
        "notlocalhost",
        "evil-localhost.com",
        "10.0.0.1",
        "192.168.1.1",
        "0.0.0.0",
        "::",
        "::2",
        "[::2]",
        "::ffff:127.0.0.1",
        "shop.example.com"
      })
  void otherHostsAreNotLoopback(String host) {
    assertThat(TransportSecurity.isLoopback(host)).isFalse();
  }

  @Test
  void refusesPlainHttpToAnotherHost() {
    URI uri = URI.create("http://shop.example.com/");

    assertThatThrownBy(() -> TransportSecurity.requireSecure(uri, false, "baseUrl"))
        .isInstanceOf(InsecureTransportException.class)
        .hasMessageStartingWith("baseUrl:")
        .hasMessageContaining("https://")
        .hasMessageContaining("allowInsecureHttp")
        .hasMessageContaining("http://shop.example.com/");
  }

  @Test
  void refusesPlainHttpWhateverTheSchemesCase() {
    URI uri = URI.create("HTTP://shop.example.com/");

    assertThatThrownBy(() -> TransportSecurity.requireSecure(uri, false, "tokenUrl"))
        .isInstanceOf(InsecureTransportException.class)
        .hasMessageStartingWith("tokenUrl:");
  }

  @Test
  void refusesAHostThatOnlyStartsWithLocalhost() {
    URI uri = URI.create("http://localhost.evil.com:8080/api");

    assertThatThrownBy(() -> TransportSecurity.requireSecure(uri, false, "baseUrl"))
        .isInstanceOf(InsecureTransportException.class);
  }

  @Test
  void theRefusalDoesNotRepeatCredentialsFromTheUri() {
    URI uri = URI.create("http://admin:hunter2@shop.example.com/api?ws_key=SECRETKEY");

    assertThatThrownBy(() -> TransportSecurity.requireSecure(uri, false, "baseUrl"))
        .isInstanceOf(InsecureTransportException.class)
        .message()
        .doesNotContain("admin")
        .doesNotContain("hunter2")
        .doesNotContain("SECRETKEY");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://shop.example.com/",
        "HTTPS://shop.example.com/api",
        "http://127.0.0.1:8080",
        "http://localhost:8080/api",
        "http://[::1]:8080/api"
      })
  void allowsHttpsAndLoopback(String uri) {
    assertThatCode(() -> TransportSecurity.requireSecure(URI.create(uri), false, "baseUrl"))
        .doesNotThrowAnyException();
  }

  @Test
  void allowsPlainHttpToAnyHostWhenTheCallerOptedIn() {
    URI uri = URI.create("http://shop.example.com/");

    assertThatCode(() -> TransportSecurity.requireSecure(uri, true, "baseUrl"))
        .doesNotThrowAnyException();
  }
}
