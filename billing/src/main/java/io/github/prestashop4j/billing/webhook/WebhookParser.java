package io.github.prestashop4j.billing.webhook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.prestashop4j.billing.model.BillingAddress;
import io.github.prestashop4j.billing.model.Customer;
import io.github.prestashop4j.billing.model.Subscription;
import io.github.prestashop4j.billing.model.Transaction;
import io.github.prestashop4j.core.DecodeException;
import io.github.prestashop4j.core.json.JsonMappers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Parses a webhook body, {@code {"eventType": "...", "data": {...}}}, into a {@link WebhookEvent}.
 * The type is also read from {@code type} when {@code eventType} is absent, since the envelope of
 * Svix deliveries is not documented. Parse only bodies that {@link WebhookVerifier} accepted.
 *
 * <p>Thread-safe; create one and share it.
 */
public final class WebhookParser {
  private final ObjectMapper mapper;

  private WebhookParser(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Creates a parser.
   *
   * @return the parser
   */
  public static WebhookParser create() {
    return new WebhookParser(JsonMappers.create());
  }

  /**
   * Parses a body.
   *
   * @param body the body as received
   * @return the event: typed for known types, a {@link GenericWebhookEvent} for others
   * @throws DecodeException if the body is not a JSON object with a type, or a known part has the
   *     wrong shape (the message never holds the body)
   */
  public WebhookEvent parse(byte[] body) {
    Objects.requireNonNull(body, "body");
    JsonNode envelope;
    try {
      envelope = mapper.readTree(body);
    } catch (IOException e) {
      throw new DecodeException("Webhook body is not JSON: " + describe(e), e);
    }
    if (envelope == null || !envelope.isObject()) {
      throw new DecodeException("Webhook body is not a JSON object", null);
    }
    String type = text(envelope, "eventType");
    if (type == null) {
      type = text(envelope, "type");
    }
    if (type == null || type.isBlank()) {
      throw new DecodeException("Webhook body has no eventType (nor type)", null);
    }
    JsonNode data = envelope.path("data");
    if (!data.isObject()) {
      data = mapper.createObjectNode();
    }
    try {
      return typed(type, envelope, data);
    } catch (IOException e) {
      throw new DecodeException("Webhook " + type + " could not be decoded: " + describe(e), e);
    }
  }

  /**
   * Parses a body given as text.
   *
   * @param body the body as received
   * @return the event
   * @throws DecodeException if the body is not a webhook envelope
   */
  public WebhookEvent parse(String body) {
    return parse(Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
  }

  private WebhookEvent typed(String type, JsonNode envelope, JsonNode data) throws IOException {
    switch (type) {
      case WebhookEvent.SUBSCRIPTION_CREATED:
      case WebhookEvent.SUBSCRIPTION_UPDATED:
      case WebhookEvent.SUBSCRIPTION_STATUS_UPDATED:
        return new SubscriptionEvent(
            type,
            envelope,
            data,
            text(data, "shopId"),
            text(data, "chargebeeCustomerId"),
            object(data, "customer", Customer.class),
            object(data, "subscription", Subscription.class));
      case WebhookEvent.PAYMENT_SUCCEEDED:
      case WebhookEvent.PAYMENT_FAILED:
        return new PaymentEvent(
            type,
            envelope,
            data,
            text(data, "module_id"),
            object(data, "customer", Customer.class),
            object(data, "subscription", Subscription.class),
            object(data, "transaction", Transaction.class));
      case WebhookEvent.CUSTOMER_CREATED:
      case WebhookEvent.CUSTOMER_UPDATED:
        return new CustomerEvent(
            type,
            envelope,
            data,
            object(data, "customer", Customer.class),
            text(data, "chargebeeCustomerId"),
            text(data, "shopId"),
            text(data, "createdFromIp"));
      case WebhookEvent.CUSTOMER_BILLING_ADDRESS_UPDATED:
        return new BillingAddressEvent(
            type,
            envelope,
            data,
            object(data, "customer", Customer.class),
            object(data, "billingAddress", BillingAddress.class),
            text(data, "vatNumber"));
      default:
        return new GenericWebhookEvent(type, envelope, data);
    }
  }

  private <T> T object(JsonNode data, String field, Class<T> type) throws IOException {
    JsonNode node = data.get(field);
    // A missing or null part is absent, not an error: events differ in what they carry.
    return node == null || !node.isObject() ? null : mapper.treeToValue(node, type);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }

  /**
   * Describes a decode failure by where it happened and what was expected, never by Jackson's
   * message, which quotes the offending input (e-mail addresses, tokens).
   */
  private static String describe(IOException e) {
    StringBuilder out = new StringBuilder();
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      out.append("at ").append(path(mapping.getPath()));
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      append(out, "expected " + mismatch.getTargetType().getSimpleName());
    }
    if (e instanceof JsonProcessingException processing && processing.getLocation() != null) {
      JsonLocation location = processing.getLocation();
      if (location.getLineNr() > 0) {
        append(out, "line " + location.getLineNr() + ", column " + location.getColumnNr());
      }
    }
    append(out, "(" + e.getClass().getSimpleName() + ")");
    return out.toString();
  }

  private static void append(StringBuilder out, String part) {
    if (out.length() > 0) {
      out.append(' ');
    }
    out.append(part);
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : references) {
      if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      } else if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      }
    }
    return path.toString();
  }

  @Override
  public String toString() {
    return "WebhookParser";
  }
}
