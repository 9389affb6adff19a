package io.github.prestashop4j.billing.webhook;

import java.util.Optional;
import java.util.OptionalLong;

/** Helpers shared by the event classes. */
final class Events {
  private Events() {}

  static Optional<EntityVersion> version(String type, String id, OptionalLong version) {
    return version.isPresent()
        ? Optional.of(EntityVersion.of(type, id, version.getAsLong()))
        : Optional.empty();
  }
}
