package io.github.prestashop4j.billing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.http.ErrorDecoder;
import io.github.prestashop4j.core.http.HttpHeaders;
import io.github.prestashop4j.core.internal.JsonBodies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Billing's NestJS error body, {@code {"statusCode":400,"message":[...],"error":"Bad
 * Request"}}, where {@code message} is a string or a list and may also sit in {@code
 * internalError}. Each message becomes one {@link ApiError} whose code is the {@code error} text.
 * Statuses map the standard way (404 is {@code NotFoundException}).
 */
public final class BillingErrorDecoder implements ErrorDecoder {
  private final ObjectMapper mapper;

  /**
   * Creates the decoder.
   *
   * @param mapper the mapper to read bodies with
   */
  public BillingErrorDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public List<ApiError> parseErrors(HttpHeaders headers, byte[] body) {
    Optional<JsonNode> object = JsonBodies.object(mapper, body);
    if (object.isEmpty()) {
      // An HTML page from a proxy, say: the status and the body excerpt still tell what happened.
      return List.of();
    }
    JsonNode root = object.get();
    JsonNode inner = root.path("internalError");
    String code = JsonBodies.text(root.get("error"));
    if (code == null) {
      code = JsonBodies.text(inner.get("error"));
    }
    List<ApiError> errors = new ArrayList<>();
    addMessages(root.get("message"), code, errors);
    if (errors.isEmpty()) {
      addMessages(inner.get("message"), code, errors);
    }
    if (errors.isEmpty() && code != null) {
      errors.add(ApiError.of(code, null));
    }
    return List.copyOf(errors);
  }

  private static void addMessages(JsonNode message, String code, List<ApiError> errors) {
    if (message == null) {
      return;
    }
    if (message.isArray()) {
      for (JsonNode item : message) {
        String text = JsonBodies.text(item);
        if (text != null) {
          errors.add(ApiError.of(code, text));
        }
      }
    } else {
      String text = JsonBodies.text(message);
      if (text != null) {
        errors.add(ApiError.of(code, text));
      }
    }
  }
}
