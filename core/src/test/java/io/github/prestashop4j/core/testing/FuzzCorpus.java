package io.github.prestashop4j.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The committed inputs of a fuzz target, for replay in every build: the files under {@code
 * src/test/resources/<package>/<TestClass>Inputs/<target>/}, Jazzer's layout, plus the empty input.
 */
public final class FuzzCorpus {
  private FuzzCorpus() {}

  /**
   * Lists a target's inputs as (file name, bytes) arguments.
   *
   * @param testClass the class holding the target
   * @param target the target's name, for example {@code anyBytes}
   * @return the inputs, sorted by file name, the empty input first
   */
  public static Stream<Arguments> inputs(Class<?> testClass, String target) {
    String directory = testClass.getSimpleName() + "Inputs/" + target;
    URL url = testClass.getResource(directory);
    List<Arguments> inputs = new ArrayList<>();
    inputs.add(Arguments.of("(empty)", new byte[0]));
    if (url == null) {
      throw new IllegalStateException("no committed corpus at " + directory);
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      for (Path file : files.sorted().toList()) {
        inputs.add(Arguments.of(file.getFileName().toString(), Files.readAllBytes(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return inputs.stream();
  }
}
