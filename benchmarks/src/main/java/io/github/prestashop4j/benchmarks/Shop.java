package io.github.prestashop4j.benchmarks;

import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.webservice.ResponseFormat;
import io.github.prestashop4j.webservice.WebserviceClient;
import java.time.Duration;
import java.util.concurrent.Executor;

/** The SDK client as the benchmarks build it: defaults, except the format and plain loopback. */
final class Shop {
  static final String KEY = "BENCHKEY00000000000000000000000A";

  private Shop() {}

  static WebserviceClient client(String baseUrl, ResponseFormat format) {
    return client(baseUrl, format, null);
  }

  static WebserviceClient client(String baseUrl, ResponseFormat format, Executor executor) {
    return WebserviceClient.builder()
        .baseUrl(baseUrl)
        .apiKey(KEY)
        .responseFormat(format)
        .httpConfig(
            ClientConfig.builder()
                .allowInsecureHttp(true)
                .executor(executor)
                .callTimeout(Duration.ofSeconds(60))
                .build())
        .build();
  }
}
