package io.github.prestashop4j.examples;

import java.util.List;

/** Runs every example in turn, each in a fresh environment; exit status 1 if one fails. */
public final class AllExamples {
  static final List<Example> EXAMPLES =
      List.of(new StockingUp(), new CrmSync(), new VendorBackend(), new MultistoreAndLanguages());

  private AllExamples() {}

  /**
   * Runs the examples.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    String where = "";
    for (Example example : EXAMPLES) {
      where = Example.main(example);
    }
    System.out.println("All " + EXAMPLES.size() + " examples passed (" + where + ").");
  }
}
