package io.github.prestashop4j.testkit.internal;

import java.util.List;
import java.util.Map;

/** The {@code /api/images} part of the Webservice. */
final class ImageStore {
  Answer handle(
      String method,
      List<String> segs,
      Request q,
      Map<String, String> headers,
      byte[] body,
      boolean json,
      String base) {
    return Answer.empty(404);
  }
}
