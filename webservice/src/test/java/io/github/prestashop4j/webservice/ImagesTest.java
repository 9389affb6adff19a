package io.github.prestashop4j.webservice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.DeadlineExceededException;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.InvalidRequestException;
import io.github.prestashop4j.core.RequestOptions;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.core.TransportException;
import io.github.prestashop4j.webservice.testing.Fixtures;
import io.github.prestashop4j.webservice.testing.MultipartParts;
import io.github.prestashop4j.webservice.testing.RawHttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WireMockTest
class ImagesTest {
  private static final String KEY = "ZYXWVUTSRQPONMLKJIHGFEDCBA987654";
  private static final byte[] JPEG = Fixtures.body("image-product-1-1-small.response.jpg");
  private static final byte[] PNG =
      Fixtures.bytes(Fixtures.PS8, "bodies/image-replace-ps-method-put.upload.png");
  private static final String ERROR_58 =
      new String(Fixtures.body("image-product-1-bad-size.response.xml"), StandardCharsets.UTF_8);

  private final List<Duration> waits = new ArrayList<>();
  private final List<AutoCloseable> open = new ArrayList<>();

  @TempDir Path directory;

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable closeable : open) {
      closeable.close();
    }
  }

  private WebserviceImages images(String baseUrl, RetryPolicy retries, boolean override) {
    WebserviceClient client =
        WebserviceClient.builder()
            .baseUrl(baseUrl)
            .apiKey(KEY)
            .methodOverride(override)
            .httpConfig(
                ClientConfig.builder()
                    .baseUrl(baseUrl)
                    .retryPolicy(retries)
                    .sleeper(waits::add)
                    .build())
            .build();
    open.add(client);
    return client.images();
  }

  private WebserviceImages images(WireMockRuntimeInfo wm) {
    return images(wm.getHttpBaseUrl(), RetryPolicy.defaults(), false);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(directory)) {
      return list.toList();
    }
  }

  @Test
  void downloadsToAFileThroughATemporaryFileItMovesInPlace(WireMockRuntimeInfo wm)
      throws IOException {
    stubFor(
        get("/api/images/products/1/1/small_default")
            .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(JPEG)));
    Path target = directory.resolve("small.jpg");

    ImageDownload download =
        images(wm).download(ImagePath.product(1, 1).size("small_default"), target);

    assertThat(download).isEqualTo(new ImageDownload("image/jpeg", JPEG.length));
    assertThat(Files.readAllBytes(target)).isEqualTo(JPEG);
    assertThat(files()).containsExactly(target);
  }

  @Test
  void anErrorAnswerLeavesNoFileAndNoTemporaryFile(WireMockRuntimeInfo wm) throws IOException {
    stubFor(
        get(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "text/xml;charset=utf-8")
                    .withBody(ERROR_58)));

    assertThatThrownBy(
            () ->
                images(wm)
                    .download(
                        ImagePath.product(1, 1).size("bogus_size"), directory.resolve("x.jpg")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("58");
    assertThat(files()).isEmpty();
  }

  @Test
  void anErrorDocumentWithASuccessStatusIsAnExceptionNotImageBytes(WireMockRuntimeInfo wm) {
    stubFor(
        get(anyUrl())
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/xml;charset=utf-8")
                    .withBody(ERROR_58)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> images(wm).download(ImagePath.of(ImageKind.CATEGORIES, 3), out))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e -> assertThat(((InvalidRequestException) e).errors().get(0).code()).isEqualTo("58"));
    assertThat(out.size()).isZero();
  }

  @Test
  void anHtmlPageIsRefusedAndAnExistingFileIsKept(WireMockRuntimeInfo wm) throws IOException {
    stubFor(
        get(anyUrl())
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/html; charset=utf-8")
                    .withBody("<html><body>Maintenance</body></html>")));
    Path target = directory.resolve("logo.jpg");
    Files.write(target, PNG);

    assertThatThrownBy(() -> images(wm).download(ImagePath.general(ImagePath.HEADER), target))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("expected an image")
        .hasMessageContaining("text/html");
    assertThat(Files.readAllBytes(target)).isEqualTo(PNG);
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aBodyCutShortLeavesNothingHalfWrittenAfterTheRetries() throws Exception {
    RawHttpServer server =
        new RawHttpServer(
            out -> {
              RawHttpServer.head(out, "image/jpeg", JPEG.length);
              out.write(JPEG, 0, JPEG.length / 2);
            });
    open.add(server);
    Path target = directory.resolve("cut.jpg");
    Files.write(target, PNG);

    assertThatThrownBy(
            () ->
                images(server.baseUrl(), RetryPolicy.defaults(), false)
                    .download(ImagePath.product(1, 1), target))
        .isInstanceOf(TransportException.class);
    // Each attempt wrote its own temporary file: retrying a file download is safe.
    assertThat(server.requests()).isEqualTo(RetryPolicy.defaults().maxAttempts());
    assertThat(Files.readAllBytes(target)).isEqualTo(PNG);
    assertThat(files()).containsExactly(target);
  }

  @Test
  void aBodyCutShortAfterBytesReachedTheCallersStreamIsNeverRetried() throws Exception {
    RawHttpServer server =
        new RawHttpServer(
            out -> {
              RawHttpServer.head(out, "image/jpeg", JPEG.length);
              out.write(JPEG, 0, 1000);
            });
    open.add(server);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(
            () ->
                images(server.baseUrl(), RetryPolicy.defaults(), false)
                    .download(ImagePath.product(1, 1), out))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("after 1000 bytes were written");
    assertThat(server.requests()).isEqualTo(1);
    assertThat(out.size()).isEqualTo(1000);
  }

  @Test
  void aStalledBodyEndsAtTheCallDeadlineAndLeavesNoFile() throws Exception {
    RawHttpServer[] holder = new RawHttpServer[1];
    RawHttpServer server =
        new RawHttpServer(
            out -> {
              RawHttpServer.head(out, "image/jpeg", JPEG.length);
              out.write(JPEG, 0, 100);
              out.flush();
              holder[0].stallUntilClosed();
            });
    holder[0] = server;
    open.add(server);
    Path target = directory.resolve("slow.jpg");

    assertThatThrownBy(
            () ->
                images(server.baseUrl(), RetryPolicy.none(), false)
                    .withOptions(
                        RequestOptions.builder().callTimeout(Duration.ofMillis(300)).build())
                    .download(ImagePath.product(1, 1), target))
        .isInstanceOf(DeadlineExceededException.class);
    assertThat(files()).isEmpty();
  }

  @Test
  void uploadsSendOneImagePartAndReturnTheNewImagesPath(WireMockRuntimeInfo wm) {
    stubFor(
        post("/api/images/products/1")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/xml;charset=utf-8")
                    .withBody(Fixtures.body("image-upload-product-1.response.xml"))));

    ImagePath added =
        images(wm).upload(ImagePath.product(1), ImageFile.of(JPEG, "dir/the \"best\".jpeg"));

    assertThat(added).isEqualTo(ImagePath.product(1, 24));
    LoggedRequest sent = wm.getWireMock().find(anyRequestedFor(anyUrl())).get(0);
    MultipartParts part = MultipartParts.parse(sent.getHeader("Content-Type"), sent.getBody());
    assertThat(part.field()).isEqualTo("image");
    assertThat(part.filename()).isEqualTo("the %22best%22.jpeg");
    assertThat(part.contentType()).isEqualTo("image/jpeg");
    assertThat(part.content()).isEqualTo(JPEG);
  }

  @Test
  void theTypeIsFoundFromTheBytesThenTheName(WireMockRuntimeInfo wm) throws IOException {
    stubFor(post(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "image/jpeg")));
    Path png = Files.write(directory.resolve("really-a-png.jpg"), PNG);
    WebserviceImages images = images(wm);

    images.upload(ImagePath.of(ImageKind.MANUFACTURERS, 3), ImageFile.of(png));
    images.replace(
        ImagePath.of(ImageKind.SUPPLIERS, 4),
        ImageFile.of(new ByteArrayInputStream(new byte[] {1, 2, 3}), "raw.webp", null));

    List<LoggedRequest> sent = wm.getWireMock().find(anyRequestedFor(anyUrl()));
    assertThat(MultipartParts.parse(sent.get(0).getHeader("Content-Type"), sent.get(0).getBody()))
        .satisfies(p -> assertThat(p.contentType()).isEqualTo("image/png"))
        .satisfies(p -> assertThat(p.filename()).isEqualTo("really-a-png.jpg"));
    assertThat(sent.get(1).getUrl()).isEqualTo("/api/images/suppliers/4?ps_method=PUT");
    assertThat(MultipartParts.parse(sent.get(1).getHeader("Content-Type"), sent.get(1).getBody()))
        .satisfies(p -> assertThat(p.contentType()).isEqualTo("image/webp"));
  }

  @Test
  void filesPrestaShopWouldRefuseAreRefusedBeforeSending(WireMockRuntimeInfo wm) {
    WebserviceImages images = images(wm);
    byte[] text = "not an image".getBytes(StandardCharsets.UTF_8);
    ImagePath category = ImagePath.of(ImageKind.CATEGORIES, 10);

    assertThatThrownBy(() -> images.upload(category, ImageFile.of(text, "notes.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contentType could not be found")
        .hasMessageContaining("image/jpeg");
    assertThatThrownBy(() -> images.upload(category, ImageFile.of(JPEG, "a.jpg", "text/plain")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contentType \"text/plain\"")
        .hasMessageContaining("image/gif, image/jpg, image/jpeg");
    assertThatThrownBy(
            () -> images.upload(category, ImageFile.of(JPEG, "a.jpg", "image/png\r\nX-Evil: 1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> images.upload(category, ImageFile.of(new byte[0], "a.jpg")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is empty");
    assertThatThrownBy(
            () -> images.withMaxUploadBytes(100).upload(category, ImageFile.of(JPEG, "a.jpg")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxUploadBytes (100");
    assertThatThrownBy(
            () ->
                images
                    .withMaxUploadBytes(100)
                    .upload(category, ImageFile.of(new ByteArrayInputStream(JPEG), "a.jpg", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 100 bytes");
    assertThatThrownBy(() -> images.upload(ImagePath.product(1, 2), ImageFile.of(JPEG, "a.jpg")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ImagePath.product(productId)");
    assertThatThrownBy(() -> images.replace(ImagePath.product(1), ImageFile.of(JPEG, "a.jpg")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("image list");
    assertThatThrownBy(() -> images.delete(ImagePath.general(ImagePath.MAIL)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be deleted");
    assertThatThrownBy(() -> images.delete(ImagePath.product(1, 2).size("small_default")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(wm.getWireMock().find(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void aStreamCanBeUploadedOnce(WireMockRuntimeInfo wm) {
    stubFor(post(anyUrl()).willReturn(aResponse().withHeader("Content-Type", "image/jpeg")));
    WebserviceImages images = images(wm);
    ImageFile file = ImageFile.of(new ByteArrayInputStream(JPEG), "a.jpg", null);
    ImagePath store = ImagePath.of(ImageKind.STORES, 1);

    images.upload(store, file);

    assertThatThrownBy(() -> images.replace(store, file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already read");
  }

  @Test
  void aServerErrorAfterAnUploadIsUnconfirmedAndNeverRetried(WireMockRuntimeInfo wm) {
    stubFor(post(anyUrl()).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(
            () ->
                images(wm)
                    .upload(ImagePath.of(ImageKind.CATEGORIES, 10), ImageFile.of(JPEG, "a.jpg")))
        .isInstanceOf(UnconfirmedWriteException.class);
    verify(exactly(1), postRequestedFor(anyUrl()));
    assertThat(waits).isEmpty();
  }

  @Test
  void deleteTravelsAsPostWithPsMethodWhenMethodsAreOverridden(WireMockRuntimeInfo wm) {
    stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

    images(wm.getHttpBaseUrl(), RetryPolicy.defaults(), true)
        .delete(ImagePath.customization(6, 2, 1));

    verify(
        exactly(1),
        postRequestedFor(urlPathEqualTo("/api/images/customizations/6/2/1"))
            .withQueryParam("ps_method", equalTo("DELETE")));
  }

  @Test
  void customizationListingsReadTheirIds(WireMockRuntimeInfo wm) {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<prestashop>%s</prestashop>";
    stubFor(
        get("/api/images/customizations")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/xml")
                    .withBody(xml.formatted("<carts><cart id=\"2\"/><cart id=\"6\"/></carts>"))));
    stubFor(
        get("/api/images/customizations/6")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/xml")
                    .withBody(
                        xml.formatted(
                            "<customizations><customization id=\"3\"/></customizations>"))));
    stubFor(
        get("/api/images/customizations/6/3")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/xml")
                    .withBody(
                        xml.formatted("<images><image id=\"0\"/><image id=\"1\"/></images>"))));
    WebserviceImages images = images(wm);

    assertThat(images.customizationCarts()).containsExactly(2L, 6L);
    assertThat(images.customizations(6)).containsExactly(3L);
    assertThat(images.customizationImages(6, 3)).containsExactly(0L, 1L);
  }

  @Test
  void pathsAreBuiltFromIdsAndCheckedNames() {
    assertThat(ImagePath.product(1, 24).size("small_default"))
        .hasToString("images/products/1/24/small_default");
    assertThat(ImagePath.of(ImageKind.PRODUCTS, 5)).isEqualTo(ImagePath.product(5));
    assertThat(ImagePath.general(ImagePath.STORE_ICON)).hasToString("images/general/store_icon");
    assertThatThrownBy(() -> ImagePath.general("../../config"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ImagePath.product(1, 2).size("a/b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ImagePath.product(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("productId");
    assertThatThrownBy(() -> ImagePath.general("header").size("small_default"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no generated sizes");
    assertThatThrownBy(() -> ImagePath.of(ImageKind.GENERAL, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Keeps the byte count only. */
  static final class CountingOutputStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
