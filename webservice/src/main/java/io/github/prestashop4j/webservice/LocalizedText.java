package io.github.prestashop4j.webservice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The value of a multilingual field: one text per language id, in the order the store sent them.
 *
 * <p>XML always wraps such values in {@code <language id="..">}; JSON does too, except that it
 * collapses them to a plain string when one language was selected ({@code language=N}). Both decode
 * to this type, so callers see one shape. Immutable.
 */
public final class LocalizedText {
  private static final LocalizedText EMPTY = new LocalizedText(Map.of());

  private final Map<Integer, String> values;

  private LocalizedText(Map<Integer, String> values) {
    this.values = values;
  }

  /**
   * Returns a value without any language.
   *
   * @return the empty value
   */
  public static LocalizedText empty() {
    return EMPTY;
  }

  /**
   * Returns a value with one text for one language.
   *
   * @param languageId the language id, 1 or more
   * @param text the text
   * @return the value
   * @throws IllegalArgumentException if the language id is below 1
   */
  public static LocalizedText of(int languageId, String text) {
    checkLanguage(languageId);
    return new LocalizedText(
        Collections.singletonMap(languageId, Objects.requireNonNull(text, "text")));
  }

  /**
   * Returns a value holding the given texts.
   *
   * @param values texts by language id
   * @return the value
   * @throws IllegalArgumentException if a language id is below 1
   */
  public static LocalizedText of(Map<Integer, String> values) {
    if (values.isEmpty()) {
      return EMPTY;
    }
    if (values.size() == 1) {
      Map.Entry<Integer, String> only = values.entrySet().iterator().next();
      return of(only.getKey(), only.getValue());
    }
    Map<Integer, String> copy = new LinkedHashMap<>(values.size() * 2);
    for (Map.Entry<Integer, String> entry : values.entrySet()) {
      checkLanguage(entry.getKey());
      copy.put(entry.getKey(), Objects.requireNonNull(entry.getValue(), "text"));
    }
    return new LocalizedText(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns a value whose language is not known (id 0): a plain text the store sent for a field the
   * caller reads as multilingual.
   *
   * @param text the text
   * @return the value
   */
  public static LocalizedText unknownLanguage(String text) {
    return new LocalizedText(Map.of(0, Objects.requireNonNull(text, "text")));
  }

  /**
   * Returns a copy with the text of one language set (added or replaced).
   *
   * @param languageId the language id, 1 or more
   * @param text the text
   * @return the new value
   * @throws IllegalArgumentException if the language id is below 1
   */
  public LocalizedText with(int languageId, String text) {
    checkLanguage(languageId);
    Objects.requireNonNull(text, "text");
    Map<Integer, String> copy = new LinkedHashMap<>(values.size() * 2 + 2);
    // forEach, not the copy constructor: it walks entries without creating any.
    values.forEach(copy::put);
    copy.put(languageId, text);
    return new LocalizedText(Collections.unmodifiableMap(copy));
  }

  private static void checkLanguage(Integer languageId) {
    Objects.requireNonNull(languageId, "languageId");
    if (languageId < 1) {
      throw new IllegalArgumentException("languageId: must be 1 or more (got " + languageId + ")");
    }
  }

  /**
   * Returns the text of one language.
   *
   * @param languageId the language id
   * @return the text, empty if this value has none for that language
   */
  public Optional<String> get(int languageId) {
    return Optional.ofNullable(values.get(languageId));
  }

  /**
   * Returns the language ids present, in the store's order.
   *
   * @return the ids
   */
  public Set<Integer> languageIds() {
    return values.keySet();
  }

  /**
   * Returns every text by language id, in the store's order.
   *
   * @return an unmodifiable map
   */
  public Map<Integer, String> asMap() {
    return values;
  }

  /**
   * Tells whether no language is present.
   *
   * @return {@code true} if empty
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LocalizedText that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
