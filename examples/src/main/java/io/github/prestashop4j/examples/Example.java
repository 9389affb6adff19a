package io.github.prestashop4j.examples;

import java.io.PrintStream;

/** One runnable flow: it prints what it does in a few lines and throws if anything fails. */
interface Example {
  /** A short title. */
  String title();

  /** Runs the flow against the environment's store and cloud. */
  void run(Environment environment, PrintStream out) throws Exception;

  /**
   * Runs one example from a {@code main}: exit status 1 on failure.
   *
   * @return where it ran, as {@link Environment#describe()} says
   */
  static String main(Example example) {
    try (Environment environment = Environment.fromSystem()) {
      String where = environment.describe();
      System.out.println("== " + example.title() + " (" + where + ")");
      example.run(environment, System.out);
      System.out.println("OK: " + example.title());
      return where;
    } catch (Exception e) {
      System.err.println("FAILED: " + example.title() + ": " + e);
      e.printStackTrace();
      System.exit(1);
      throw new AssertionError("exit returned", e);
    }
  }
}
