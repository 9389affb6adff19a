package io.github.prestashop4j.webservice.internal;

import io.github.prestashop4j.webservice.LocalizedText;
import io.github.prestashop4j.webservice.model.Format;
import io.github.prestashop4j.webservice.model.MaxSize;
import io.github.prestashop4j.webservice.model.Required;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * The validators of the models' constraints. Public only because Hibernate Validator instantiates
 * them; not an API for users.
 */
public final class ModelConstraints {
  private ModelConstraints() {}

  // Plain texts and multilingual texts are checked alike: every language must pass.
  private static Collection<String> texts(Object value) {
    if (value instanceof LocalizedText localized) {
      return localized.asMap().values();
    }
    return List.of((String) value);
  }

  private static boolean all(Object value, Predicate<String> check) {
    return value == null || texts(value).stream().allMatch(check);
  }

  /**
   * {@link Required}: present; a text not blank; a multilingual text not blank in at least one
   * language.
   */
  public static final class RequiredValue implements ConstraintValidator<Required, Object> {
    /** Creates the validator. */
    public RequiredValue() {}

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      if (value instanceof String || value instanceof LocalizedText) {
        return texts(value).stream().anyMatch(text -> !text.isBlank());
      }
      return value != null;
    }
  }

  /** {@link MaxSize}: at most so many code points in every language. */
  public static final class MaxSizeText implements ConstraintValidator<MaxSize, Object> {
    private long max;

    /** Creates the validator. */
    public MaxSizeText() {}

    @Override
    public void initialize(MaxSize annotation) {
      this.max = annotation.value();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      return all(value, text -> text.codePointCount(0, text.length()) <= max);
    }
  }

  /** {@link Format}: every non-empty language matches the validator's pattern. */
  public static final class FormatText implements ConstraintValidator<Format, Object> {
    private Format format;

    /** Creates the validator. */
    public FormatText() {}

    @Override
    public void initialize(Format annotation) {
      this.format = annotation;
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      return all(value, text -> text.isEmpty() || format.value().matches(text));
    }
  }
}
