package io.github.prestashop4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.prestashop4j.core.RequestValidationException;
import io.github.prestashop4j.core.RequestValidationException.Violation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RequestValidatorTest {

  private static RequestValidator validator;

  @BeforeAll
  static void createValidator() {
    validator = RequestValidator.create();
  }

  @AfterAll
  static void closeValidator() {
    validator.close();
  }

  static final class NewCustomer {
    @NotNull String lastName;

    @Size(max = 3)
    String code;

    @Email String email;

    NewCustomer(String lastName, String code, String email) {
      this.lastName = lastName;
      this.code = code;
      this.email = email;
    }
  }

  static final class Reference {
    @Size(min = 5, max = 128)
    @Pattern(regexp = "[a-z]+")
    String value;

    Reference(String value) {
      this.value = value;
    }
  }

  static final class Address {
    @NotBlank String city;

    Address(String city) {
      this.city = city;
    }
  }

  static final class Line {
    @Min(1)
    int quantity;

    Line(int quantity) {
      this.quantity = quantity;
    }
  }

  static final class NewOrder {
    @Valid @NotNull Address address;

    List<@Valid Line> lines;

    NewOrder(Address address, List<Line> lines) {
      this.address = address;
      this.lines = lines;
    }
  }

  static final class Credentials {
    @Size(max = 3)
    @Email
    // A careless template: with an EL-capable interpolator it would print the value.
    @Pattern(regexp = "\\d+", message = "${validatedValue} is not numeric")
    String secret;

    Credentials(String secret) {
      this.secret = secret;
    }
  }

  @Test
  void reportsEveryViolationSortedByField() {
    NewCustomer customer = new NewCustomer(null, "ABCD", "not-an-email");

    RequestValidationException thrown =
        catchThrowableOfType(RequestValidationException.class, () -> validator.validate(customer));

    List<Violation> expected =
        List.of(
            new Violation("code", "Size", "size must be between 0 and 3"),
            new Violation("email", "Email", "must be a well-formed email address"),
            new Violation("lastName", "NotNull", "must not be null"));
    assertThat(thrown.violations()).isEqualTo(expected);
    assertThat(thrown.getMessage()).startsWith("NewCustomer is invalid (3 violations): code: ");
    assertThat(validator.violations(customer)).isEqualTo(expected);
  }

  @Test
  void sortsViolationsOfOneFieldByRule() {
    assertThat(validator.violations(new Reference("AB")))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(tuple("value", "Pattern"), tuple("value", "Size"));
  }

  @Test
  void acceptsAValidRequest() {
    NewCustomer customer = new NewCustomer("Doe", "ABC", "jane.doe@example.com");

    assertThatCode(() -> validator.validate(customer)).doesNotThrowAnyException();
    assertThat(validator.violations(customer)).isEmpty();
  }

  @Test
  void reportsNestedPropertyPaths() {
    NewOrder order = new NewOrder(new Address(" "), List.of(new Line(2), new Line(0)));

    assertThat(validator.violations(order))
        .containsExactly(
            new Violation("address.city", "NotBlank", "must not be blank"),
            new Violation("lines[1].quantity", "Min", "must be greater than or equal to 1"));
  }

  @Test
  void sizeMessageGivesItsBounds() {
    assertThat(validator.violations(new Reference("abc")))
        .singleElement()
        .extracting(Violation::message)
        .isEqualTo("size must be between 5 and 128");
  }

  @Test
  void neverEchoesTheInvalidValue() {
    String secret = "secret-value-123";

    RequestValidationException thrown =
        catchThrowableOfType(
            RequestValidationException.class, () -> validator.validate(new Credentials(secret)));

    assertThat(thrown.violations())
        .extracting(Violation::rule)
        .containsExactly("Email", "Pattern", "Size");
    assertThat(thrown.getMessage()).doesNotContain(secret);
    assertThat(thrown.violations())
        .allSatisfy(
            violation -> {
              assertThat(violation.field()).doesNotContain(secret);
              assertThat(violation.message()).doesNotContain(secret);
            });
  }

  @Test
  void worksWithoutAnExpressionLanguageImplementation() {
    assertThatThrownBy(() -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
        .isInstanceOf(ClassNotFoundException.class);
    // Proves the point of the configuration: the default bootstrap needs EL and fails here.
    assertThatThrownBy(Validation::buildDefaultValidatorFactory)
        .isInstanceOf(ValidationException.class);

    try (RequestValidator fresh = RequestValidator.create()) {
      assertThat(fresh.violations(new NewCustomer(null, "ABC", null)))
          .containsExactly(new Violation("lastName", "NotNull", "must not be null"));
    }
  }

  @Test
  void writesMessagesInEnglishWhateverTheDefaultLocale() {
    Locale previous = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try (RequestValidator german = RequestValidator.create()) {
      assertThat(german.violations(new NewCustomer(null, "ABC", null)))
          .extracting(Violation::message)
          .containsExactly("must not be null");
    } finally {
      Locale.setDefault(previous);
    }
  }

  @Test
  void refusesANullRequest() {
    assertThatThrownBy(() -> validator.validate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("request");
    assertThatThrownBy(() -> validator.violations(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("request");
  }

  @Test
  void refusesToValidateOnceClosed() {
    RequestValidator closed = RequestValidator.create();
    closed.close();
    closed.close();

    assertThatThrownBy(() -> closed.validate(new Address("Paris")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  interface Strict {}

  static final class Grouped {
    @NotNull(groups = Strict.class)
    String name;

    @Size(max = 2)
    String code;

    @Size(max = 1, groups = Strict.class)
    String tag;

    Grouped(String name, String code, String tag) {
      this.name = name;
      this.code = code;
      this.tag = tag;
    }
  }

  @Test
  void validatesTheGroupsAskedFor() {
    Grouped grouped = new Grouped(null, "ABC", "xy");

    assertThat(validator.violations(grouped)).extracting(Violation::field).containsExactly("code");
    assertThat(validator.violations(grouped, Strict.class))
        .extracting(Violation::field)
        .containsExactly("name", "tag");
    assertThat(validator.violations(grouped, jakarta.validation.groups.Default.class, Strict.class))
        .extracting(Violation::field)
        .containsExactly("code", "name", "tag");
  }

  @Test
  void validatesOnlyTheNamedProperties() {
    Grouped grouped = new Grouped(null, "ABC", "xy");

    assertThat(validator.violations(grouped, java.util.List.of("tag"), Strict.class))
        .containsExactly(new Violation("tag", "Size", "size must be between 0 and 1"));
    assertThat(validator.violations(grouped, java.util.List.of("name", "code")))
        .extracting(Violation::field)
        .containsExactly("code");
    assertThatThrownBy(() -> validator.violations(grouped, java.util.List.of("nothing")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> validator.violations(grouped, (java.util.List<String>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("properties");
  }
}
