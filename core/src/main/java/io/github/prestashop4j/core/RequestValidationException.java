package io.github.prestashop4j.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request object broke one or more constraints and was not sent. Lists every violation, each with
 * the field and the rule; no value is echoed, so secrets cannot leak through the message.
 */
public class RequestValidationException extends PrestaShopException {
  private static final long serialVersionUID = 1L;

  /** Every violation, sorted by field. */
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param subject what was validated, for example {@code "Product"}
   * @param violations every violation found, at least one
   */
  public RequestValidationException(String subject, List<Violation> violations) {
    super(describe(subject, violations));
    this.violations = List.copyOf(violations);
  }

  private static String describe(String subject, List<Violation> violations) {
    return subject
        + " is invalid ("
        + violations.size()
        + (violations.size() == 1 ? " violation" : " violations")
        + "): "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /**
   * Returns every violation, sorted by field.
   *
   * @return the violations
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * One broken constraint.
   *
   * @param field the property path, for example {@code name[1]} or {@code associations.categories}
   * @param rule the constraint's name, for example {@code NotNull} or {@code Size}
   * @param message the constraint's message with its parameters filled in, for example {@code size
   *     must be between 0 and 128}
   * @serial exclude
   */
  public record Violation(String field, String rule, String message)
      implements java.io.Serializable {
    /** Returns {@code field: message (Rule)}. */
    @Override
    public String toString() {
      return field + ": " + message + " (" + rule + ")";
    }
  }
}
