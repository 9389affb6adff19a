package io.github.prestashop4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.prestashop4j.core.RequestValidationException.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestValidationExceptionTest {

  @Test
  void theMessageListsEveryViolationAndCountsThem() {
    List<Violation> violations =
        List.of(
            new Violation("name[1]", "Size", "size must be between 0 and 128"),
            new Violation("price", "NotNull", "must not be null"),
            new Violation("reference", "Pattern", "must match \"[A-Z0-9-]*\""));

    RequestValidationException exception = new RequestValidationException("Product", violations);

    assertThat(exception)
        .hasMessage(
            "Product is invalid (3 violations): "
                + "name[1]: size must be between 0 and 128 (Size); "
                + "price: must not be null (NotNull); "
                + "reference: must match \"[A-Z0-9-]*\" (Pattern)");
  }

  @Test
  void theMessageUsesTheSingularForOneViolation() {
    RequestValidationException exception =
        new RequestValidationException(
            "Customer",
            List.of(new Violation("email", "Email", "must be a well-formed email address")));

    assertThat(exception)
        .hasMessage(
            "Customer is invalid (1 violation): email: must be a well-formed email address (Email)");
  }

  @Test
  void aViolationPrintsFieldMessageAndRule() {
    assertThat(new Violation("associations.categories", "NotEmpty", "must not be empty"))
        .hasToString("associations.categories: must not be empty (NotEmpty)");
  }

  @Test
  void violationsAreKeptAndCannotBeModified() {
    List<Violation> violations = new ArrayList<>();
    violations.add(new Violation("name", "NotBlank", "must not be blank"));
    RequestValidationException exception = new RequestValidationException("Product", violations);

    violations.add(new Violation("price", "NotNull", "must not be null"));

    assertThat(exception.violations())
        .containsExactly(new Violation("name", "NotBlank", "must not be blank"));
    assertThatThrownBy(() -> exception.violations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void violationsAreSortedByFieldThenRuleThenMessage() {
    RequestValidationException exception =
        new RequestValidationException(
            "Product",
            List.of(
                new Violation("price", "NotNull", "must not be null"),
                new Violation("name", "Size", "size must be between 0 and 128"),
                new Violation("name", "NotBlank", "must not be blank")));

    assertThat(exception.violations())
        .extracting(v -> v.field() + "/" + v.rule())
        .containsExactly("name/NotBlank", "name/Size", "price/NotNull");
    assertThat(exception.getMessage())
        .startsWith("Product is invalid (3 violations): name: must not be blank (NotBlank); ");
  }

  @Test
  void anExceptionWithoutAViolationIsRefused() {
    assertThatThrownBy(() -> new RequestValidationException("Product", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("violations: must hold at least one violation");
  }

  @Test
  void isAPrestaShopException() {
    RequestValidationException exception =
        new RequestValidationException("Product", List.of(new Violation("a", "NotNull", "m")));

    assertThat(exception).isInstanceOf(PrestaShopException.class).hasNoCause();
  }
}
