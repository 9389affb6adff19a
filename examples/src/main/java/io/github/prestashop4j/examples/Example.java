package io.github.prestashop4j.examples;

import java.io.PrintStream;

/** One runnable flow: it prints what it does in a few lines and throws if anything fails. */
interface Example {
  /** A short title. */
  String title();

  /** Runs the flow against the environment's store and cloud. */
  void run(Environment environment, PrintStream out) throws Exception;

  /** Runs one example from a {@code main}: exit status 0 on success, 1 on failure. */
  static void main(Example example) {
    try (Environment environment = Environment.fromSystem()) {
      System.out.println("== " + example.title() + " (" + environment.describe() + ")");
      example.run(environment, System.out);
      System.out.println("OK: " + example.title());
    } catch (Exception e) {
      System.err.println("FAILED: " + example.title() + ": " + e);
      System.exit(1);
    }
  }
}
