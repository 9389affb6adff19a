package io.github.prestashop4j.account.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.http.ErrorDecoder;
import io.github.prestashop4j.core.http.HttpHeaders;
import io.github.prestashop4j.core.internal.JsonBodies;
import java.util.List;
import java.util.Optional;

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
    Optional<JsonNode> object = JsonBodies.object(mapper, body);
    if (object.isEmpty()) {
      return List.of();
    }
    JsonNode root = object.get();
    String code = JsonBodies.text(root.get("error"));
    String message = JsonBodies.text(root.get("message"));
    String reason = JsonBodies.text(root.get("reason"));
    if (code == null && message == null && reason == null) {
      return List.of();
    }
    StringBuilder text = new StringBuilder(message == null ? "" : message);
    if (reason != null) {
      text.append(text.length() == 0 ? "" : " ").append('(').append(reason).append(')');
    }
    return List.of(ApiError.of(code, text.toString()));
  }
}
