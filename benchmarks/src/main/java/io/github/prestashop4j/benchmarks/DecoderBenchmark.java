package io.github.prestashop4j.benchmarks;

import io.github.prestashop4j.webservice.internal.Document;
import io.github.prestashop4j.webservice.internal.JsonReader;
import io.github.prestashop4j.webservice.internal.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The SDK's Webservice decoders ({@code XmlReader}, {@code JsonReader}: document to entities) on
 * recorded documents, against the bare streaming parse of the same bytes (Jackson's {@code
 * JsonParser}; the JDK StAX reader the SDK also uses) as the ceiling. MB/s = document size / time
 * per operation (see {@code Report}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecoderBenchmark {
  /** A recorded document from {@link Fixtures}. */
  @Param({Fixtures.PRODUCTS_JSON, Fixtures.ORDERS_JSON, Fixtures.PRODUCTS_XML, Fixtures.STATES_XML})
  public String document;

  byte[] bytes;
  boolean json;

  /** Loads the document. */
  @Setup(Level.Trial)
  public void setUp() {
    bytes = Fixtures.bytes(document);
    json = document.endsWith(".json");
  }

  /**
   * The SDK's decoder.
   *
   * @return the document
   * @throws IOException never (bytes in memory)
   */
  @Benchmark
  public Document sdk() throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    return json ? JsonReader.read(in, 0) : XmlReader.read(in, 0);
  }

  /**
   * The ceiling: tokens or events only.
   *
   * @return a count, so that nothing is optimised away
   * @throws IOException never (bytes in memory)
   */
  @Benchmark
  public long ceiling() throws IOException {
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    return json ? RawParse.jsonTokens(in) : RawParse.xmlEvents(in);
  }
}
