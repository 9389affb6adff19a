package io.github.prestashop4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example runs to the end against the embedded fake store and cloud. */
class ExamplesTest {
  static Stream<Example> examples() {
    return AllExamples.EXAMPLES.stream();
  }

  // The line that shows each flow reached its end with the right result.
  private static final Map<Class<?>, String> LAST_STEP =
      Map.of(
          StockingUp.class,
          "Same feed again: 2 items: 0 created, 0 updated, 2 unchanged, 0 failed",
          CrmSync.class,
          "Incremental run: 1 changed customer(s)",
          VendorBackend.class,
          "Webhook subscription.status-updated verified and handled (answered 200)",
          MultistoreAndLanguages.class,
          "Renamed in language 2 of shop 1: T-shirt imprimé colibri (édition)");

  @ParameterizedTest(name = "{index}")
  @MethodSource("examples")
  void runsAgainstTheEmbeddedFakes(Example example) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Environment environment = Environment.of(Map.of());
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      assertThat(environment.describe()).isEqualTo("embedded fake store, embedded fake cloud");
      example.run(environment, out);
    }

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed.lines().count()).isBetween(3L, 20L);
    assertThat(printed).contains(LAST_STEP.get(example.getClass()));
  }
}
