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
 * The store requires a value ({@code required="true"} in the synopsis): not {@code null}, not
 * blank, and for a multilingual field at least one language with a text.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(Required.List.class)
@Constraint(validatedBy = {ModelConstraints.RequiredValue.class})
public @interface Required {
  /**
   * The message.
   *
   * @return the message
   */
  String message() default "is required";

  /**
   * The groups, {@link ModelGroups.Complete} or a version's.
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

  /** Several {@link Required}, one per group. */
  @Documented
  @Target(ElementType.FIELD)
  @Retention(RetentionPolicy.RUNTIME)
  public @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    Required[] value();
  }
}
