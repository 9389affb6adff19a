package io.github.prestashop4j.billing.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.prestashop4j.core.json.JsonMappers;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every model decodes from an empty object, and every accessor then reports "absent" safely. */
class ModelToleranceTest {
  private final ObjectMapper mapper = JsonMappers.create();

  @ParameterizedTest
  @ValueSource(
      classes = {
        BillingAddress.class,
        ComponentList.class,
        Customer.class,
        CustomerRelationship.class,
        LinkedInvoice.class,
        PaymentMethod.class,
        Plan.class,
        PlanDetails.class,
        PlanList.class,
        ProductComponent.class,
        Subscription.class,
        SubscriptionItem.class,
        Transaction.class
      })
  void emptyObjectGivesEmptyValues(Class<?> type) throws Exception {
    Object model = mapper.readValue("{}", type);

    for (Method method : type.getDeclaredMethods()) {
      if (!Modifier.isPublic(method.getModifiers())
          || Modifier.isStatic(method.getModifiers())
          || method.getParameterCount() != 0
          || method.getName().equals("toString")) {
        continue;
      }
      Object value = method.invoke(model);
      String name = type.getSimpleName() + "." + method.getName() + "()";
      if (value instanceof Optional<?> optional) {
        assertThat(optional).as(name).isEmpty();
      } else if (value instanceof OptionalLong optional) {
        assertThat(optional).as(name).isEmpty();
      } else if (value instanceof OptionalInt optional) {
        assertThat(optional).as(name).isEmpty();
      } else if (value instanceof List<?> list) {
        assertThat(list).as(name).isEmpty();
      } else if (value instanceof Map<?, ?> map) {
        assertThat(map).as(name).isEmpty();
      } else if (value instanceof String text) {
        assertThat(text).as(name).isEmpty();
      } else {
        assertThat(value).as(name).isEqualTo(false);
      }
    }
    assertThat(((BillingObject) model).unknownFields()).isEmpty();
    assertThat(model.toString()).startsWith(type.getSimpleName() + "[");
  }

  @ParameterizedTest
  @ValueSource(
      classes = {
        BillingAddress.class,
        Customer.class,
        CustomerRelationship.class,
        PaymentMethod.class,
        Subscription.class,
        Transaction.class
      })
  void nullsAndUnknownFieldsAreTolerated(Class<?> type) throws Exception {
    BillingObject model =
        (BillingObject)
            mapper.readValue(
                "{\"id\":null,\"status\":null,\"brand_new\":{\"nested\":[1,null]},\"n\":null}",
                type);

    assertThat(model.unknownFields()).containsKey("brand_new").containsEntry("n", null);
    assertThat(model.unknownFields().get("brand_new"))
        .isEqualTo(Map.of("nested", java.util.Arrays.asList(1, null)));
  }
}
