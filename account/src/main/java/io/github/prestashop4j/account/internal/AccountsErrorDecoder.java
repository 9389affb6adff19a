package io.github.prestashop4j.account.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.http.ErrorDecoder;
import io.github.prestashop4j.core.http.HttpHeaders;
import java.util.List;

/**
 * Reads the Accounts API error body, {@code {"error":"store-identity/...","message":"...",
 * "reason":"..."}}: the code is {@code error}; the message is {@code message}, followed by {@code
 * reason} in parentheses when there is one. Statuses map to exceptions the standard way.
 */
public final class AccountsErrorDecoder implements ErrorDecoder {
  private final ObjectMapper mapper;

  /**
   * Creates the decoder.
   *
   * @param mapper reads the body
   */
  public AccountsErrorDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public List<ApiError> parseErrors(HttpHeaders headers, byte[] body) {
    if (body.length == 0) {
      return List.of();
    }
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (java.io.IOException | RuntimeException e) {
      return List.of();
    }
    if (root == null || !root.isObject()) {
      return List.of();
    }
    String code = text(root.get("error"));
    String message = text(root.get("message"));
    String reason = text(root.get("reason"));
    if (code == null && message == null && reason == null) {
      return List.of();
    }
    StringBuilder text = new StringBuilder(message == null ? "" : message);
    if (reason != null) {
      text.append(text.length() == 0 ? "" : " ").append('(').append(reason).append(')');
    }
    return List.of(ApiError.of(code, text.toString()));
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || node.isContainerNode() || node.asText().isBlank()
        ? null
        : node.asText();
  }
}
