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
 * The store's {@code maxSize}: at most so many characters (Unicode code points, as PHP's {@code
 * mb_strlen} counts them), in every language of a multilingual field. {@code null} is valid.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(MaxSize.List.class)
@Constraint(validatedBy = {ModelConstraints.MaxSizeText.class})
public @interface MaxSize {
  /**
   * The largest number of characters.
   *
   * @return the size
   */
  long value();

  /**
   * The message.
   *
   * @return the message
   */
  String message() default "must be at most {value} characters long";

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

  /** Several {@link MaxSize}, one per version group. */
  @Documented
  @Target(ElementType.FIELD)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    MaxSize[] value();
  }
}
