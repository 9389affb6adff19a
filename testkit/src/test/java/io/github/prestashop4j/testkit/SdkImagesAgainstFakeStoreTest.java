package io.github.prestashop4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.core.ApiException;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.InvalidRequestException;
import io.github.prestashop4j.webservice.ImageDownload;
import io.github.prestashop4j.webservice.ImageEndpoint;
import io.github.prestashop4j.webservice.ImageFile;
import io.github.prestashop4j.webservice.ImageKind;
import io.github.prestashop4j.webservice.ImageListing;
import io.github.prestashop4j.webservice.ImagePath;
import io.github.prestashop4j.webservice.ImageType;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.WebserviceImages;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SDK's {@code client.images()} works end to end against the fake store. */
class SdkImagesAgainstFakeStoreTest {
  /** A 4x4 PNG. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAKUlEQVR4Xg3HMQEAAAzCMIRVGGdFIXDLlyQSGxcTB"
                  + "IvjU6mt62cyOzcPp2MTQRxnbn4AAAAASUVORK5CYII=");

  private static WebserviceClient client(FakePrestaShop store) {
    return WebserviceClient.builder()
        .baseUrl(store.baseUrl())
        .apiKey(store.apiKey())
        .httpConfig(ClientConfig.builder().allowInsecureHttp(true).build())
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.1.2", "9.1.4"})
  void listDownloadUploadReplaceDelete(String version, @TempDir Path dir) throws Exception {
    try (FakePrestaShop store = FakePrestaShop.builder().version(version).start();
        WebserviceClient shop = client(store)) {
      WebserviceImages images = shop.images();

      assertThat(images.kinds())
          .extracting(ImageEndpoint::name)
          .containsExactly(
              "general",
              "products",
              "categories",
              "manufacturers",
              "suppliers",
              "stores",
              "customizations");
      assertThat(images.generalImages())
          .extracting(ImageEndpoint::name)
          .containsExactly("header", "mail", "invoice", "store_icon");
      assertThat(images.imageTypes())
          .filteredOn(t -> t.appliesTo(ImageKind.PRODUCTS))
          .extracting(ImageType::name)
          .contains("small_default", "home_default", "large_default");
      ImageListing products = images.list(ImageKind.PRODUCTS);
      assertThat(products.ids()).contains(1L, 2L);
      assertThat(products.sizes()).extracting(ImageListing.Size::name).contains("small_default");
      assertThat(images.list(ImageKind.CATEGORIES).ids()).contains(3L);
      assertThat(images.productImageIds(1)).containsExactly(1L, 2L);
      assertThat(images.productImageIds(999_999)).isEmpty();

      Path small = dir.resolve("product-1-1-small.jpg");
      ImageDownload got = images.download(ImagePath.product(1, 1).size("small_default"), small);
      assertThat(got.contentType()).isEqualTo("image/jpeg");
      assertThat(Files.size(small)).isEqualTo(got.bytes()).isPositive();
      assertThatThrownBy(
              () -> images.download(ImagePath.product(1, 1).size("bogus"), dir.resolve("x.jpg")))
          .isInstanceOf(InvalidRequestException.class)
          .satisfies(e -> assertThat(((ApiException) e).hasErrorCode(58)).isTrue());
      assertThat(dir.resolve("x.jpg")).doesNotExist();

      Path jpeg = dir.resolve("upload.jpg");
      Files.write(jpeg, Files.readAllBytes(small));
      ImagePath added = images.upload(ImagePath.product(1), ImageFile.of(jpeg));
      long newId = added.imageId().orElseThrow();
      assertThat(images.productImageIds(1)).containsExactly(1L, 2L, newId);

      images.replace(added, ImageFile.of(PNG, "new.png"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(images.download(added, out).contentType()).isEqualTo("image/png");
      assertThat(out.toByteArray()).isEqualTo(PNG);

      images.delete(added);
      assertThat(images.productImageIds(1)).containsExactly(1L, 2L);
      assertThatThrownBy(() -> images.download(added, new ByteArrayOutputStream()))
          .isInstanceOf(InvalidRequestException.class)
          .satisfies(e -> assertThat(((ApiException) e).hasErrorCode(57)).isTrue());
    }
  }

  @Test
  void aCategoryHasOneImage_andUploadsNeedAnExistingObject() throws Exception {
    try (FakePrestaShop store = FakePrestaShop.start();
        WebserviceClient shop = client(store)) {
      WebserviceImages images = shop.images();
      ImagePath category = ImagePath.of(ImageKind.CATEGORIES, 3);
      assertThatThrownBy(() -> images.upload(category, ImageFile.of(PNG, "c.png")))
          .isInstanceOf(InvalidRequestException.class)
          .satisfies(e -> assertThat(((ApiException) e).hasErrorCode(65)).isTrue());
      images.delete(category);
      assertThat(images.list(ImageKind.CATEGORIES).ids()).doesNotContain(3L);
      assertThat(images.upload(category, ImageFile.of(PNG, "c.png"))).isEqualTo(category);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      images.download(category, out);
      assertThat(out.toByteArray()).isEqualTo(PNG);

      assertThatThrownBy(
              () -> images.upload(ImagePath.product(999_999), ImageFile.of(PNG, "p.png")))
          .isInstanceOf(InvalidRequestException.class)
          .satisfies(e -> assertThat(((ApiException) e).hasErrorCode(76)).isTrue());
    }
  }

  @Test
  void customizationPicturesAndLogos_uploadListReplaceDelete() throws Exception {
    try (FakePrestaShop store = FakePrestaShop.start();
        WebserviceClient shop = client(store)) {
      WebserviceImages images = shop.images();
      ByteArrayOutputStream seedJpeg = new ByteArrayOutputStream();
      images.download(ImagePath.product(1, 1), seedJpeg);
      ImagePath picture = ImagePath.customization(5, 7, 1);

      images.upload(picture, ImageFile.of(PNG, "p.png"));
      assertThatThrownBy(() -> images.upload(picture, ImageFile.of(PNG, "p.png")))
          .isInstanceOf(InvalidRequestException.class)
          .satisfies(e -> assertThat(((ApiException) e).hasErrorCode(65)).isTrue());
      assertThat(images.customizationCarts()).contains(5L);
      assertThat(images.customizations(5)).containsExactly(7L);
      assertThat(images.customizationImages(5, 7)).containsExactly(1L);

      images.replace(picture, ImageFile.of(seedJpeg.toByteArray(), "p.jpg"));
      ByteArrayOutputStream replaced = new ByteArrayOutputStream();
      assertThat(images.download(picture, replaced).contentType()).isEqualTo("image/jpeg");
      assertThat(replaced.toByteArray()).isEqualTo(seedJpeg.toByteArray());

      images.delete(picture);
      assertThat(images.customizationCarts()).doesNotContain(5L);
      assertThatThrownBy(() -> images.download(picture, new ByteArrayOutputStream()))
          .isInstanceOf(InvalidRequestException.class)
          .satisfies(e -> assertThat(((ApiException) e).hasErrorCode(57)).isTrue());

      ImagePath logo = ImagePath.general("header");
      images.replace(logo, ImageFile.of(PNG, "logo.png"));
      ByteArrayOutputStream logoBytes = new ByteArrayOutputStream();
      assertThat(images.download(logo, logoBytes).contentType()).isEqualTo("image/png");
      assertThat(logoBytes.toByteArray()).isEqualTo(PNG);
    }
  }
}
