package io.github.prestashop4j.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response about to be sent: status, headers and body (null = no body). */
final class Answer {
  static final String XML = "text/xml;charset=utf-8";
  static final String JSON = "application/json";

  final int status;
  final Map<String, String> headers = new LinkedHashMap<>();
  byte[] body;

  Answer(int status, String contentType, byte[] body) {
    this.status = status;
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    this.body = body;
  }

  static Answer text(int status, String contentType, String body) {
    return new Answer(
        status, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  static Answer empty(int status) {
    return new Answer(status, null, null);
  }

  Answer header(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
