package io.github.prestashop4j.webservice.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The committed models are what {@link ModelGenerator} makes of the recorded synopses. With {@code
 * -Dprestashop4j.generate=true} it rewrites them instead (then run {@code ./mvnw spotless:apply}).
 */
class GeneratedModelsTest {
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path TARGET =
      MODULE.resolve("src/main/java/" + ModelGenerator.PACKAGE.replace('.', '/'));

  @Test
  void committedModels_areWhatTheGeneratorMakesOfTheSynopses() throws IOException {
    Map<String, String> generated =
        ModelGenerator.generate(MODULE.resolve("src/test/resources/fixtures"));
    if (Boolean.getBoolean("prestashop4j.generate")) {
      ModelGenerator.main(new String[] {MODULE.toString()});
    }
    assertThat(generated).hasSizeGreaterThanOrEqualTo(69);
    for (Map.Entry<String, String> source : generated.entrySet()) {
      Path file = TARGET.resolve(source.getKey());
      assertThat(file)
          .as("%s is generated; run this test with -Dprestashop4j.generate=true", file)
          .exists();
      assertThat(normalised(Files.readString(file)))
          .as("%s differs from what the generator makes", source.getKey())
          .isEqualTo(normalised(source.getValue()));
    }
  }

  @Test
  void readme_listsEveryResourceWithItsTypedAccessor() throws IOException {
    String table = ModelGenerator.readmeTable(MODULE.resolve("src/test/resources/fixtures"));
    String readme = Files.readString(MODULE.resolveSibling("README.md"));

    assertThat(table.lines()).hasSize(2 + 68);
    assertThat(readme)
        .as("README.md holds the table ModelGenerator.readmeTable writes")
        .contains(table);
  }

  // google-java-format (spotless) reflows lines and orders imports: compare what it cannot change.
  private static String normalised(String source) {
    TreeSet<String> imports =
        source
            .lines()
            .filter(l -> l.startsWith("import "))
            .collect(Collectors.toCollection(TreeSet::new));
    String rest =
        source.lines().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
    return String.join("\n", imports) + rest.replaceAll("[\\s*]+", "");
  }
}
