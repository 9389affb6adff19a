package io.github.prestashop4j.testkit.internal;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.prestashop4j.core.json.JsonMappers;

/**
 * The fakes' one JSON mapper, shared because a mapper is thread-safe and costly to build. Core's
 * configuration serves every fake: they build and read trees, so none of its settings changes what
 * they answer, its limits bound what a request body can cost, and decimals read from a body stay
 * exact as they do in the SDK.
 */
final class Json {
  static final JsonMapper MAPPER = JsonMappers.create();

  private Json() {}
}
