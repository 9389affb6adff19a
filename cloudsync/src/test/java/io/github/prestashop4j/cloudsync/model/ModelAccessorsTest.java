package io.github.prestashop4j.cloudsync.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every named accessor of every model reads the field of its own name, with its own type. */
class ModelAccessorsTest {
  private static final Instant INSTANT = Instant.parse("2026-01-02T03:04:05Z");

  static Stream<Class<?>> models() {
    return Stream.of(
        Bundle.class,
        Carrier.class,
        CarrierDetail.class,
        CarrierTax.class,
        Cart.class,
        CartProduct.class,
        CartRule.class,
        Category.class,
        Currency.class,
        CustomProductCarrier.class,
        Customer.class,
        Employee.class,
        Image.class,
        ImageType.class,
        Language.class,
        Manufacturer.class,
        Order.class,
        OrderCarrier.class,
        OrderCartRule.class,
        OrderDetail.class,
        OrderStatusHistory.class,
        Product.class,
        ProductSupplier.class,
        ShopInfo.class,
        ShopModule.class,
        SpecificPrice.class,
        Stock.class,
        StockMovement.class,
        Store.class,
        Supplier.class,
        Taxonomy.class,
        Theme.class,
        Translation.class,
        Wishlist.class,
        WishlistProduct.class,
        SyncOnboarding.class,
        SyncError.class,
        ErrorReport.class,
        SyncTriggerResult.class,
        ContentSyncStatus.class,
        SyncSetup.class);
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyAccessor_readsItsField(Class<?> model) throws Exception {
    List<Method> accessors = new ArrayList<>();
    for (Method method : model.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())
          && !Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() == 0
          && method.getReturnType() == Optional.class) {
        accessors.add(method);
      }
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    Map<String, Object> expected = new LinkedHashMap<>();
    for (Method accessor : accessors) {
      Type type = ((ParameterizedType) accessor.getGenericReturnType()).getActualTypeArguments()[0];
      String name = accessor.getName();
      if (type == String.class) {
        fields.put(name, 12);
        expected.put(name, "12");
      } else if (type == BigDecimal.class) {
        fields.put(name, "1.50");
        expected.put(name, new BigDecimal("1.50"));
      } else if (type == Long.class) {
        fields.put(name, "7");
        expected.put(name, 7L);
      } else if (type == Boolean.class) {
        fields.put(name, 1);
        expected.put(name, true);
      } else if (type == Instant.class) {
        fields.put(name, "2026-01-02T05:04:05+0200");
        expected.put(name, INSTANT);
      } else {
        fields.put(name, "other");
        expected.put(name, null);
      }
    }
    Method of = model.getMethod("of", Map.class);
    Object instance = of.invoke(null, fields);

    for (Method accessor : accessors) {
      @SuppressWarnings("unchecked")
      Optional<Object> value = (Optional<Object>) accessor.invoke(instance);
      Object want = expected.get(accessor.getName());
      if (want != null) {
        assertThat(value).as(model.getSimpleName() + "." + accessor.getName()).contains(want);
      } else {
        assertThat(value).as(model.getSimpleName() + "." + accessor.getName()).isPresent();
      }
    }
    Method fieldsMethod = model.getMethod("fields");
    assertThat(fieldsMethod.invoke(instance)).isEqualTo(fields);
    Object same = of.invoke(null, fields);
    assertThat(instance).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(new Object());
    assertThat(instance.toString()).startsWith(model.getSimpleName());
    assertThat(accessors).as(model.getSimpleName() + " has named accessors").isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("models")
  void absentFields_readAsEmpty(Class<?> model) throws Exception {
    Object instance = model.getMethod("of", Map.class).invoke(null, Map.of());
    for (Method accessor : model.getDeclaredMethods()) {
      if (Modifier.isPublic(accessor.getModifiers())
          && !Modifier.isStatic(accessor.getModifiers())
          && accessor.getParameterCount() == 0
          && accessor.getReturnType() == Optional.class) {
        assertThat((Optional<?>) accessor.invoke(instance)).isEmpty();
      }
    }
  }

  @org.junit.jupiter.api.Test
  void lists_ofReports_toleratePartialData() {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("errors", List.of(Map.of("code", "A"), "junk", 3));
    assertThat(ErrorReport.of(report).errors())
        .extracting(e -> e.code().orElseThrow())
        .containsExactly("A");
    assertThat(ErrorReport.of(Map.of("errors", Map.of("code", "B"))).errors()).hasSize(1);
    assertThat(ErrorReport.of(Map.of("errors", "none")).errors()).isEmpty();
    assertThat(SyncSetup.of(Map.of("shopContent", "orders")).shopContents())
        .extracting(Object::toString)
        .containsExactly("orders");
    assertThat(SyncSetup.of(Map.of()).shopLanguages()).isEmpty();
    assertThat(ContentSyncStatus.of(Map.of("shopContent", " ")).shopContent()).isEmpty();
    assertThat(SyncSummary.of("text").statuses()).isEmpty();
    assertThat(SyncSummary.of(Map.of())).isEqualTo(SyncSummary.of(List.of(Map.of())));
    assertThat(SyncSummary.of(Map.of()).hashCode())
        .isEqualTo(SyncSummary.of(List.of(Map.of())).hashCode());
    assertThat(SyncSummary.of(Map.of())).isNotEqualTo("x");
    assertThat(RawRecord.of(Map.of("id", 1)).id()).contains("1");
  }
}
