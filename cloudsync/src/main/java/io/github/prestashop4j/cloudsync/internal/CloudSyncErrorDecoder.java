package io.github.prestashop4j.cloudsync.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.core.http.ErrorDecoder;
import io.github.prestashop4j.core.http.HttpHeaders;
import io.github.prestashop4j.core.internal.JsonBodies;
import java.util.List;
import java.util.Optional;

/**
 * Reads CloudSync's error body, {@code {code, message, error_description, statusText,
 * data:{status}}}, into one {@link ApiError}; the exception type follows the HTTP status, as {@link
 * ErrorDecoder#standardException} maps it.
 */
public final class CloudSyncErrorDecoder implements ErrorDecoder {
  private final ObjectMapper mapper;

  /**
   * Creates the decoder.
   *
   * @param mapper the client's mapper
   */
  public CloudSyncErrorDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public List<ApiError> parseErrors(HttpHeaders headers, byte[] body) {
    Optional<JsonNode> object = JsonBodies.object(mapper, body);
    if (object.isEmpty()) {
      // An HTML page from a proxy, say: the status and the body excerpt will tell.
      return List.of();
    }
    JsonNode json = object.get();
    String code = JsonBodies.text(json.get("code"));
    if (code == null) {
      code = JsonBodies.text(json.get("error"));
    }
    if (code == null) {
      code = JsonBodies.text(json.get("statusText"));
    }
    String message = JsonBodies.text(json.get("message"));
    String description = JsonBodies.text(json.get("error_description"));
    if (message == null) {
      message = description;
    } else if (description != null && !description.equals(message)) {
      message = message + " (" + description + ")";
    }
    if (message == null) {
      message = JsonBodies.text(json.get("statusText"));
    }
    if (code == null && message == null) {
      return List.of();
    }
    return List.of(ApiError.of(code, message));
  }
}
