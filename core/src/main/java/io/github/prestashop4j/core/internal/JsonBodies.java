package io.github.prestashop4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/** Reading the JSON error bodies of the cloud APIs, the same way in every error decoder. */
public final class JsonBodies {
  private JsonBodies() {}

  /**
   * Reads a body that should be a JSON object.
   *
   * @param mapper the mapper
   * @param body the body, possibly empty
   * @return the object; empty when the body is empty, not JSON (an HTML page from a proxy, say) or
   *     not an object
   */
  public static Optional<JsonNode> object(ObjectMapper mapper, byte[] body) {
    if (body.length == 0) {
      return Optional.empty();
    }
    try {
      JsonNode root = mapper.readTree(body);
      return root != null && root.isObject() ? Optional.of(root) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns a scalar's text.
   *
   * @param node a node, possibly null
   * @return its text; {@code null} for a missing, null, container or blank node
   */
  public static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    String text = node.asText();
    return text.isBlank() ? null : text;
  }
}
