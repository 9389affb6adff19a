package io.github.prestashop4j.cloudsync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.http.HttpHeaders;
import io.github.prestashop4j.core.json.JsonMappers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudSyncErrorDecoderTest {
  private final CloudSyncErrorDecoder decoder = new CloudSyncErrorDecoder(JsonMappers.create());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[1]",
        "{}",
        "not json",
        "\"text\"",
        "{\"code\":null,\"message\":\" \"}",
        "{\"code\":{\"a\":1}}"
      })
  void bodiesWithoutAnError_giveNoErrors(String body) {
    assertThat(
            decoder.parseErrors(
                HttpHeaders.builder().build(), body.getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void codeAlone_isAnErrorWithAnEmptyMessage() {
    assertThat(
            decoder.parseErrors(
                HttpHeaders.builder().build(), "{\"code\":\"X\"}".getBytes(StandardCharsets.UTF_8)))
        .containsExactly(ApiError.of("X", null));
  }

  @Test
  void sameMessageAndDescription_areNotRepeated() {
    assertThat(
            decoder.parseErrors(
                HttpHeaders.builder().build(),
                "{\"code\":\"X\",\"message\":\"m\",\"error_description\":\"m\"}"
                    .getBytes(StandardCharsets.UTF_8)))
        .containsExactly(ApiError.of("X", "m"));
  }
}
