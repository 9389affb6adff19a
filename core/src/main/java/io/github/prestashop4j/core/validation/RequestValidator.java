package io.github.prestashop4j.core.validation;

import io.github.prestashop4j.core.RequestValidationException;
import io.github.prestashop4j.core.RequestValidationException.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks request objects against their Jakarta Bean Validation constraints before they are sent, so
 * that a request the server would refuse fails early, locally, with every problem listed.
 *
 * <pre>{@code
 * try (RequestValidator validator = RequestValidator.create()) {
 *   validator.validate(newProduct); // throws RequestValidationException if invalid
 * }
 * }</pre>
 *
 * <p>Configuration, fixed by {@link #create()}:
 *
 * <ul>
 *   <li>Hibernate Validator is the provider, chosen directly rather than looked up through {@code
 *       ServiceLoader}, so the validator works the same under any class loader or module layout.
 *   <li>Messages are interpolated by Hibernate Validator's {@link ParameterMessageInterpolator}:
 *       constraint attributes such as <code>{min}</code> and <code>{max}</code> are filled in, but
 *       expression-language terms are not evaluated. No Jakarta Expression Language implementation
 *       is therefore needed on the class path, and a message cannot quote the validated value.
 *   <li>Messages are in English ({@link Locale#ENGLISH}) whatever the JVM's default locale, like
 *       every other message of the SDK.
 *   <li>{@code META-INF/validation.xml} files on the class path are ignored, so an application's
 *       own Bean Validation settings cannot change how the SDK validates its requests.
 *   <li>Fail-fast is off: every violation is reported, not only the first.
 *   <li>The default group is validated unless the caller names groups; {@code @Valid} cascades into
 *       nested objects and container elements as usual.
 * </ul>
 *
 * <p>No message produced here contains the value that broke a constraint, since request fields may
 * hold secrets or personal data: a violation names only the field, the rule and the rule's message.
 *
 * <p>An instance is thread-safe and caches the constraint metadata of every class it has seen, so
 * create one per client and share it. When the request classes are in a named module, their
 * packages must be open to {@code org.hibernate.validator} for their fields to be read.
 */
public final class RequestValidator implements AutoCloseable {

  private final ValidatorFactory factory;
  private final Validator validator;
  private volatile boolean closed;

  private RequestValidator(ValidatorFactory factory) {
    this.factory = factory;
    this.validator = factory.getValidator();
  }

  /**
   * Creates a validator configured as described on this class. Creating one is costly (it
   * bootstraps Hibernate Validator); share the result.
   *
   * @return a new validator, to be closed when no longer needed
   * @throws jakarta.validation.ValidationException if Hibernate Validator cannot be bootstrapped
   */
  public static RequestValidator create() {
    ValidatorFactory factory =
        Validation.byProvider(HibernateValidator.class)
            // Bypasses ServiceLoader discovery, which depends on the thread's context class loader.
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure()
            .ignoreXmlConfiguration()
            .failFast(false)
            // The default interpolator needs a Jakarta EL implementation at bootstrap; this one
            // does not. Pinned to English so messages do not depend on where the JVM runs.
            .messageInterpolator(
                new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
            .buildValidatorFactory();
    return new RequestValidator(factory);
  }

  /**
   * Validates a request and throws if it breaks any constraint.
   *
   * @param request the object to validate, for example a product to create
   * @throws RequestValidationException if at least one constraint is broken; its subject is the
   *     simple name of the request's class and its violations are all of them, sorted by field,
   *     then rule
   * @throws NullPointerException if {@code request} is {@code null}
   * @throws IllegalStateException if this validator is closed
   */
  public void validate(Object request) {
    List<Violation> violations = violations(request);
    if (!violations.isEmpty()) {
      throw new RequestValidationException(subject(request.getClass()), violations);
    }
  }

  /**
   * Returns every constraint the request breaks, without throwing.
   *
   * @param request the object to validate
   * @param <T> the type of the request
   * @return an immutable list of violations sorted by field, then rule, then message; empty if the
   *     request is valid
   * @throws NullPointerException if {@code request} is {@code null}
   * @throws IllegalStateException if this validator is closed
   */
  public <T> List<Violation> violations(T request) {
    return violations(request, new Class<?>[0]);
  }

  /**
   * Returns every constraint of the given groups that the request breaks, without throwing.
   *
   * @param request the object to validate
   * @param groups the validation groups; none means the default group
   * @param <T> the type of the request
   * @return an immutable list of violations sorted by field, then rule, then message
   * @throws NullPointerException if {@code request} or a group is {@code null}
   * @throws IllegalStateException if this validator is closed
   */
  public <T> List<Violation> violations(T request, Class<?>... groups) {
    Objects.requireNonNull(request, "request");
    checkOpen();
    return sorted(validator.validate(request, groups));
  }

  /**
   * Returns the constraints of the given groups that some properties of the request break, without
   * throwing: for a partial update, only what is sent is checked.
   *
   * @param request the object to validate
   * @param properties the names of the properties (fields) to check
   * @param groups the validation groups; none means the default group
   * @param <T> the type of the request
   * @return an immutable list of violations sorted by field, then rule, then message
   * @throws NullPointerException if an argument or a group is {@code null}
   * @throws IllegalArgumentException if a property does not exist
   * @throws IllegalStateException if this validator is closed
   */
  public <T> List<Violation> violations(
      T request, Collection<String> properties, Class<?>... groups) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(properties, "properties");
    checkOpen();
    Set<ConstraintViolation<T>> found = new LinkedHashSet<>();
    for (String property : properties) {
      found.addAll(validator.validateProperty(request, property, groups));
    }
    return sorted(found);
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("The RequestValidator is closed");
    }
  }

  private static List<Violation> sorted(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(RequestValidator::toViolation).sorted(Violation.ORDER).toList();
  }

  /**
   * Closes the underlying validator factory, releasing its caches. Calling it again has no effect;
   * after it, {@link #validate(Object)} and {@link #violations(Object)} throw {@link
   * IllegalStateException}.
   */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      factory.close();
    }
  }

  // Deliberately never reads getInvalidValue(): the value may be a secret.
  private static Violation toViolation(ConstraintViolation<?> violation) {
    return new Violation(
        violation.getPropertyPath().toString(),
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
        violation.getMessage());
  }

  private static String subject(Class<?> type) {
    // Anonymous and some synthetic classes have an empty simple name.
    String simpleName = type.getSimpleName();
    return simpleName.isEmpty() ? type.getName() : simpleName;
  }
}
