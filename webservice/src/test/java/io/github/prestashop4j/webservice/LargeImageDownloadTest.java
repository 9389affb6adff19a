package io.github.prestashop4j.webservice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.webservice.testing.RawHttpServer;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Downloads an image larger than the heap. Surefire runs this class alone in a JVM limited to a 64
 * MB heap (execution {@code bounded-heap} of the module's POM): if the client held the image in
 * memory, it would run out of it.
 */
class LargeImageDownloadTest {
  private static final long SIZE = 96L * 1024 * 1024;

  @Test
  void streamsAnImageLargerThanTheHeap() throws Exception {
    // Proves something only under the bounded heap (a -Dtest run puts it in the default JVM too).
    Assumptions.assumeTrue(
        Runtime.getRuntime().maxMemory() < SIZE, "runs in the bounded-heap execution");
    byte[] chunk = new byte[64 * 1024];
    chunk[0] = (byte) 0xFF;
    try (RawHttpServer server =
            new RawHttpServer(
                out -> {
                  RawHttpServer.head(out, "image/jpeg", SIZE);
                  for (long sent = 0; sent < SIZE; sent += chunk.length) {
                    out.write(chunk);
                  }
                });
        WebserviceClient client =
            WebserviceClient.builder()
                .baseUrl(server.baseUrl())
                .apiKey("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")
                .httpConfig(ClientConfig.builder().baseUrl(server.baseUrl()).build())
                .build()) {
      ImagesTest.CountingOutputStream out = new ImagesTest.CountingOutputStream();

      ImageDownload download =
          client
              .images()
              .withOptions(RequestOptions.builder().callTimeout(Duration.ofMinutes(5)).build())
              .download(ImagePath.product(1, 1), out);

      assertThat(download.bytes()).isEqualTo(SIZE);
      assertThat(out.count).isEqualTo(SIZE);
    }
  }
}
