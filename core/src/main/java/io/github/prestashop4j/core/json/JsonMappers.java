package io.github.prestashop4j.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Creates the Jackson {@link JsonMapper} that every prestashop4j module uses to read and write
 * JSON.
 *
 * <p>The mapper is configured as follows; each setting differs from Jackson's default unless marked
 * otherwise:
 *
 * <ul>
 *   <li>{@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is <b>off</b>: PrestaShop adds
 *       fields between versions and modules add their own, and a new field must not break an older
 *       SDK. Models that must not lose what they do not know keep it themselves through
 *       {@code @JsonAnySetter}.
 *   <li>{@link JavaTimeModule} is registered and {@link
 *       SerializationFeature#WRITE_DATES_AS_TIMESTAMPS} and {@link
 *       SerializationFeature#WRITE_DURATIONS_AS_TIMESTAMPS} are <b>off</b>: {@code java.time}
 *       values are written as ISO-8601 strings (for example {@code "2026-11-24T10:15:30Z"}), which
 *       is what the APIs exchange and what a person can read.
 *   <li>{@link DeserializationFeature#ADJUST_DATES_TO_CONTEXT_TIME_ZONE} is <b>off</b>: an {@code
 *       OffsetDateTime} or {@code ZonedDateTime} keeps the offset the server sent instead of being
 *       moved to UTC, so a value read back is {@code equals} to the one written.
 *   <li>{@link DeserializationFeature#USE_BIG_DECIMAL_FOR_FLOATS} is <b>on</b> and {@link
 *       JsonNodeFeature#STRIP_TRAILING_BIGDECIMAL_ZEROES} is <b>off</b>: a JSON number with a
 *       fraction read into an untyped target ({@code Object}, {@code Map}, {@code JsonNode})
 *       becomes a {@link java.math.BigDecimal} with exactly the digits and scale sent ({@code
 *       23.900000} stays {@code 23.900000}), because amounts of money must never pass through
 *       {@code double}.
 *   <li>{@link DeserializationFeature#ACCEPT_FLOAT_AS_INT} is <b>off</b>: a number with a fraction
 *       is refused where an integer is expected, instead of being cut ({@code 10.5} into a {@code
 *       long} would silently become {@code 10}; Billing's amounts are integer cents).
 *   <li>{@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS} is <b>on</b>: a body such as {@code
 *       {"a":1}{"b":2}} or {@code {"a":1} garbage} is refused instead of being silently truncated
 *       to its first value.
 *   <li>Serialization inclusion is {@link JsonInclude.Include#NON_NULL}: {@code null} properties
 *       are left out of request bodies, so an unset field is not sent as an explicit {@code null}
 *       that the server could take as "clear this value".
 *   <li>{@link MapperFeature#BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES} is <b>on</b>, and default typing
 *       is <b>never</b> activated: a payload cannot name a Java class to instantiate (for example
 *       {@code {"@class":"java.net.URL"}}), which closes the family of "gadget" deserialization
 *       attacks. Code that adds to {@link #builder()} must never call {@code activateDefaultTyping}
 *       nor {@code setDefaultTyping}.
 *   <li>Explicit {@link StreamReadConstraints} bound what one response can cost to parse, whatever
 *       Jackson's own defaults are in the version on the class path: nesting depth {@value
 *       #MAX_NESTING_DEPTH}, string length {@value #MAX_STRING_LENGTH} characters, number length
 *       {@value #MAX_NUMBER_LENGTH} characters, property name length {@value #MAX_NAME_LENGTH}
 *       characters and document length {@value #MAX_DOCUMENT_LENGTH} bytes (64 MiB). Writing is
 *       bounded by {@link StreamWriteConstraints} with the same nesting depth. A document that goes
 *       past a limit fails with Jackson's {@link
 *       com.fasterxml.jackson.core.exc.StreamConstraintsException}.
 * </ul>
 *
 * <p>A built {@link JsonMapper} is thread-safe and costly to create: build one per client and share
 * it.
 */
public final class JsonMappers {

  /**
   * Deepest nesting of arrays and objects accepted when reading or writing: {@value}. PrestaShop
   * documents nest a handful of levels; the limit stops stack exhaustion on hostile input.
   */
  public static final int MAX_NESTING_DEPTH = 64;

  /**
   * Longest string value accepted when reading, in characters: {@value}. Large enough for a product
   * description with embedded HTML.
   */
  public static final int MAX_STRING_LENGTH = 8_000_000;

  /**
   * Longest number accepted when reading, in characters: {@value}. Parsing a number is not linear
   * in its length, so very long numbers are a denial-of-service vector.
   */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** Longest property name accepted when reading, in characters: {@value}. */
  public static final int MAX_NAME_LENGTH = 1_024;

  /** Largest document accepted when reading, in bytes: {@value} (64 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  private JsonMappers() {
    throw new AssertionError("No instances");
  }

  /**
   * Returns a new builder preconfigured with the settings listed on this class, so that a module
   * can add its own modules or mix-ins before calling {@link JsonMapper.Builder#build()}. Each call
   * returns an independent builder.
   *
   * @return a new, preconfigured builder
   */
  public static JsonMapper.Builder builder() {
    // The constraints live on the JsonFactory, not on the mapper, so the factory is built first.
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .build())
            .streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .build();
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        // Without this, JsonNode would normalise 23.900000 to 23.9 and lose the scale.
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
        // Content inclusion stays USE_DEFAULTS: a Map value that is null is data, not an unset
        // field.
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(
                JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS));
  }

  /**
   * Returns a new mapper with the settings listed on this class; the same as {@code
   * builder().build()}.
   *
   * @return a new mapper
   */
  public static JsonMapper create() {
    return builder().build();
  }
}
