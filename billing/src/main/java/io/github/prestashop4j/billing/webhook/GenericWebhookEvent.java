package io.github.prestashop4j.billing.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A webhook of a type this SDK does not know; read it from {@link #data()} or {@link #envelope()}.
 */
public final class GenericWebhookEvent extends WebhookEvent {
  GenericWebhookEvent(String type, JsonNode envelope, JsonNode data) {
    super(type, envelope, data);
  }

  /** Returns empty: the SDK does not know which entity an unknown type is about. */
  @Override
  public Optional<EntityVersion> entityVersion() {
    return Optional.empty();
  }
}
