package io.github.prestashop4j.webservice.model;

import io.github.prestashop4j.webservice.internal.ModelConstraints;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The store's {@code format}: the text matches the pattern of PrestaShop's validator of that name,
 * in every language of a multilingual field. {@code null} and {@code ""} are valid (emptiness is
 * {@link Required}'s business).
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Format.List.class)
@Constraint(validatedBy = {ModelConstraints.FormatText.class})
public @interface Format {
  /**
   * The validator.
   *
   * @return the format
   */
  FieldFormat value();

  /**
   * The message.
   *
   * @return the message
   */
  String message() default "must be a valid {value} value";

  /**
   * The groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /** Several {@link Format}, one per version group. */
  @Documented
  @Target(ElementType.FIELD)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    Format[] value();
  }
}
