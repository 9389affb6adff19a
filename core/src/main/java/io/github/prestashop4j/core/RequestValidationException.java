package io.github.prestashop4j.core;

import java.util.Comparator;
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
   * @param violations every violation found, at least one; kept sorted by field, rule and message
   * @throws IllegalArgumentException if there is no violation
   */
  public RequestValidationException(String subject, List<Violation> violations) {
    super(describe(subject, sorted(violations)));
    this.violations = sorted(violations);
  }

  private static List<Violation> sorted(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations: must hold at least one violation");
    }
    return violations.stream().sorted(Violation.ORDER).collect(Collectors.toUnmodifiableList());
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
    /** The order violations are reported in: by field, then rule, then message. */
    public static final Comparator<Violation> ORDER =
        Comparator.comparing(Violation::field)
            .thenComparing(Violation::rule)
            .thenComparing(Violation::message);

    /** Returns {@code field: message (Rule)}. */
    @Override
    public String toString() {
      return field + ": " + message + " (" + rule + ")";
    }
  }
}
