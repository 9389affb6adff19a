package io.github.prestashop4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Jazzer on one fuzz target for a while: what {@code -Pfuzz} runs (see the parent POM). The
 * target is a class with {@code public static void fuzzerTestOneInput(byte[])}, nested in the test
 * class that replays its corpus, for example {@code ...XmlDecoderFuzzTest$AnyBytes}; the committed
 * corpus {@code <TestClass>Inputs/anyBytes} seeds the run, new coverage goes under {@code
 * target/fuzz}, and a crash is written into the committed corpus for every later build to replay.
 * Each module with fuzz targets has a {@code JazzerFuzzing} test that calls {@link #fuzz()}.
 */
public final class Jazzer {
  private Jazzer() {}

  /** Fuzzes the target the {@code fuzz.*} system properties name; asserts Jazzer found nothing. */
  public static void fuzz() throws Exception {
    String target = System.getProperty("fuzz.target");
    long seconds = Long.parseLong(System.getProperty("fuzz.seconds", "300"));
    int dollar = target.lastIndexOf('$');
    String outer = target.substring(0, dollar);
    String nested = target.substring(dollar + 1);
    String method = Character.toLowerCase(nested.charAt(0)) + nested.substring(1);
    Path seeds =
        Path.of(System.getProperty("fuzz.resources"))
            .resolve(outer.replace('.', '/') + "Inputs")
            .resolve(method);
    Path work = Path.of(System.getProperty("fuzz.work")).resolve(nested);
    Files.createDirectories(seeds);
    Files.createDirectories(work);

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (Runtime.version().feature() >= 21) {
      command.add("-XX:+EnableDynamicAgentLoading");
    }
    // A bounded heap: a decoder that holds too much fails with OutOfMemoryError, a finding;
    // libFuzzer's RSS limit is off because the JVM's own footprint would trip it.
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add("com.code_intelligence.jazzer.Jazzer");
    command.add("--target_class=" + target);
    command.add("--instrumentation_includes=io.github.prestashop4j.**");
    command.add("-max_total_time=" + seconds);
    command.add("-rss_limit_mb=0");
    command.add("--custom_hook_excludes=org.assertj.**");
    // Generous: the first inputs also pay for loading and instrumenting classes on a busy machine.
    command.add("-timeout=30");
    command.add("-artifact_prefix=" + seeds + File.separator);
    command.add("--reproducer_path=" + work);
    command.add(work.toString());
    command.add(seeds.toString());
    Process process = new ProcessBuilder(command).inheritIO().start();
    boolean done = process.waitFor(seconds + 120, TimeUnit.SECONDS);
    if (!done) {
      process.destroyForcibly();
    }

    assertThat(done).as("Jazzer stopped within its time").isTrue();
    assertThat(process.exitValue()).as("Jazzer's exit code (0: no finding)").isZero();
  }
}
