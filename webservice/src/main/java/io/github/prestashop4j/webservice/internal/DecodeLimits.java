package io.github.prestashop4j.webservice.internal;

/**
 * Bounds applied while decoding a response, so that a hostile or broken store cannot exhaust
 * memory: the same figures as core's JSON mapper.
 */
public final class DecodeLimits {
  /** Longest accepted document. */
  public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

  /** Longest accepted single text value, in characters. */
  public static final int MAX_TEXT_CHARS = 8 * 1024 * 1024;

  /** Deepest accepted element nesting. */
  public static final int MAX_DEPTH = 64;

  /** How far junk before {@code <?xml} is searched (PHP notices printed before the document). */
  public static final int MAX_LEADING_JUNK = 64 * 1024;

  private DecodeLimits() {}
}
