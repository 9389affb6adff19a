package io.github.prestashop4j.billing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.prestashop4j.core.json.JsonMappers;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every model decodes from an empty object, and every accessor then reports "absent" safely. */
@SuppressWarnings("unchecked")
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

  @Test
  void nestedDecodedValuesCannotBeChanged() throws Exception {
    Subscription subscription =
        mapper.readValue(
            "{\"meta_data\":{\"a\":{\"b\":[1]}},\"extra\":{\"list\":[{\"k\":1}]}}",
            Subscription.class);
    ProductComponent component =
        mapper.readValue(
            "{\"tiers\":[{\"starting_unit\":1,\"nested\":[1]}]}", ProductComponent.class);

    @SuppressWarnings("unchecked")
    Map<String, Object> nested = (Map<String, Object>) subscription.metaData().get("a");
    assertThatThrownBy(() -> nested.put("c", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) nested.get("b")).add(2))
        .isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> extra = (Map<String, Object>) subscription.unknownFields().get("extra");
    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) extra.get("list");
    assertThatThrownBy(() -> list.add(1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((Map<String, Object>) list.get(0)).put("k", 2))
        .isInstanceOf(UnsupportedOperationException.class);
    Map<String, Object> tier = component.tiers().get(0);
    assertThatThrownBy(() -> tier.put("starting_unit", 2))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<Object>) tier.get("nested")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(subscription.metaData()).isSameAs(subscription.metaData());
    assertThat(subscription.unknownFields()).isSameAs(subscription.unknownFields());
    assertThat(component.tiers()).isSameAs(component.tiers());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"currency_code\":\"USD\",\"subscription_items\":[null,{\"unit_price\":150}]}",
        "{\"subscription_items\":[{\"unit_price\":150},null],\"currency_code\":\"USD\"}"
      })
  void itemsTakeTheSubscriptionCurrencyInEitherOrderAndNullsAreDropped(String json)
      throws Exception {
    Subscription subscription = mapper.readValue(json, Subscription.class);

    assertThat(subscription.items()).hasSize(1).isSameAs(subscription.items());
    SubscriptionItem item = subscription.items().get(0);
    assertThat(item).isSameAs(subscription.items().get(0));
    assertThat(item.unitPrice()).contains(Money.ofCents(150, "USD"));
    assertThat(item.unitPriceCents()).hasValue(150);
    assertThatThrownBy(() -> subscription.items().add(item))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"currency_code\":\"USD\",\"linked_invoices\":[null,{\"invoice_total\":99}]}",
        "{\"linked_invoices\":[{\"invoice_total\":99},null],\"currency_code\":\"USD\"}"
      })
  void linkedInvoicesTakeTheTransactionCurrencyInEitherOrderAndNullsAreDropped(String json)
      throws Exception {
    Transaction transaction = mapper.readValue(json, Transaction.class);

    assertThat(transaction.linkedInvoices()).hasSize(1).isSameAs(transaction.linkedInvoices());
    LinkedInvoice invoice = transaction.linkedInvoices().get(0);
    assertThat(invoice).isSameAs(transaction.linkedInvoices().get(0));
    assertThat(invoice.invoiceTotal()).contains(Money.ofCents(99, "USD"));
  }

  @Test
  void itemsWithoutACurrencyAreInEuros() throws Exception {
    Subscription subscription =
        mapper.readValue("{\"subscription_items\":[{\"amount\":5}]}", Subscription.class);

    assertThat(subscription.items().get(0).amount()).contains(Money.ofCents(5, "EUR"));
  }
}
