package io.github.prestashop4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file ({@code -rf json}) into the README's tables: each SDK benchmark
 * against its baseline from the same run (time ratio, extra allocation per call) and the decoders'
 * MB/s against the streaming parse.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.prestashop4j.benchmarks.Report results.json}.
 */
public final class Report {
  /** Target: SDK time per call at most this times the baseline's. */
  public static final double MAX_TIME_RATIO = 1.10;

  /** Target: at most this many extra bytes allocated per call. */
  public static final double MAX_EXTRA_BYTES = 8 * 1024;

  /** Target: decoders at least this fraction of the streaming parse's throughput. */
  public static final double MIN_DECODER_RATIO = 0.7;

  private Report() {}

  /** One benchmark's figures. */
  record Score(double microsPerOp, double error, double bytesPerOp) {}

  /**
   * Prints the tables.
   *
   * @param args the JMH JSON result file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    System.out.print(render(new ObjectMapper().readTree(Path.of(args[0]).toFile())));
  }

  /**
   * Renders the tables of a JMH result.
   *
   * @param results the parsed JSON array
   * @return Markdown
   */
  public static String render(JsonNode results) {
    // class name + params -> method -> score
    Map<String, Map<String, Score>> groups = new LinkedHashMap<>();
    for (JsonNode result : results) {
      String benchmark = result.path("benchmark").asText();
      int dot = benchmark.lastIndexOf('.');
      String type = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
      String method = benchmark.substring(dot + 1);
      List<String> params = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> fields = result.path("params").fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> p = fields.next();
        params.add(p.getKey() + "=" + p.getValue().asText());
      }
      JsonNode primary = result.path("primaryMetric");
      double micros =
          toMicros(primary.path("score").asDouble(), primary.path("scoreUnit").asText());
      double error =
          toMicros(primary.path("scoreError").asDouble(), primary.path("scoreUnit").asText());
      JsonNode norm = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
      double bytes = norm.isMissingNode() ? Double.NaN : norm.path("score").asDouble();
      groups
          .computeIfAbsent(type + " " + String.join(", ", params), k -> new LinkedHashMap<>())
          .put(method, new Score(micros, error, bytes));
    }
    StringBuilder out = new StringBuilder();
    out.append("| Benchmark | SDK µs/op | raw µs/op | time ratio (≤ ")
        .append(fmt(MAX_TIME_RATIO))
        .append(") | SDK KB/op | raw KB/op | extra KB/op (≤ 8) | met |\n");
    out.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Map.Entry<String, Map<String, Score>> group : groups.entrySet()) {
      if (group.getKey().startsWith("DecoderBenchmark")) {
        continue;
      }
      Score raw = group.getValue().get("raw");
      for (Map.Entry<String, Score> entry : group.getValue().entrySet()) {
        if (entry.getKey().equals("raw") || raw == null) {
          continue;
        }
        Score sdk = entry.getValue();
        double ratio = sdk.microsPerOp() / raw.microsPerOp();
        double extra = (sdk.bytesPerOp() - raw.bytesPerOp()) / 1024;
        boolean met = ratio <= MAX_TIME_RATIO && extra * 1024 <= MAX_EXTRA_BYTES;
        String name =
            group.getKey().replaceFirst("Benchmark", "")
                + (entry.getKey().equals("sdk") ? "" : " (" + entry.getKey() + ")");
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %.0f ± %.0f | %.0f ± %.0f | %.2fx | %.1f | %.1f | %+.1f | %s |%n",
                name,
                sdk.microsPerOp(),
                sdk.error(),
                raw.microsPerOp(),
                raw.error(),
                ratio,
                sdk.bytesPerOp() / 1024,
                raw.bytesPerOp() / 1024,
                extra,
                met ? "yes" : "no"));
      }
    }
    out.append("\n| Document | bytes | SDK decoder MB/s | streaming parse MB/s | ratio (≥ ")
        .append(fmt(MIN_DECODER_RATIO))
        .append(") | SDK KB/op | parse KB/op | met |\n");
    out.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Map.Entry<String, Map<String, Score>> group : groups.entrySet()) {
      if (!group.getKey().startsWith("DecoderBenchmark")) {
        continue;
      }
      String document = group.getKey().substring(group.getKey().indexOf("document=") + 9);
      int bytes = Fixtures.bytes(document).length;
      Score sdk = group.getValue().get("sdk");
      Score ceiling = group.getValue().get("ceiling");
      if (sdk == null || ceiling == null) {
        continue;
      }
      double sdkMbs = bytes / sdk.microsPerOp();
      double ceilingMbs = bytes / ceiling.microsPerOp();
      double ratio = sdkMbs / ceilingMbs;
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %.1f | %.1f | %.2f | %.1f | %.1f | %s |%n",
              document,
              bytes,
              sdkMbs,
              ceilingMbs,
              ratio,
              sdk.bytesPerOp() / 1024,
              ceiling.bytesPerOp() / 1024,
              ratio >= MIN_DECODER_RATIO ? "yes" : "no"));
    }
    return out.toString();
  }

  private static double toMicros(double value, String unit) {
    return switch (unit) {
      case "ns/op" -> value / 1000;
      case "ms/op" -> value * 1000;
      case "s/op" -> value * 1_000_000;
      default -> value;
    };
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
