package io.github.prestashop4j.benchmarks;

import io.github.prestashop4j.webservice.ResponseFormat;
import io.github.prestashop4j.webservice.WebserviceClient;
import io.github.prestashop4j.webservice.model.Customer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One XML write: {@code shop.customers().create(customer)} (validated, encoded, POSTed, the
 * recorded 201 answer decoded) against the same customer written with StAX, POSTed with plain
 * {@code java.net.http} and the answer parsed with StAX.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class XmlWriteBenchmark {
  private static final XMLOutputFactory OUT = XMLOutputFactory.newDefaultFactory();

  LoopbackServer server;
  WebserviceClient shop;
  RawClient raw;
  URI uri;
  Customer customer;

  /**
   * Starts the server and clients.
   *
   * @throws IOException if the server cannot start
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = LoopbackServer.start(new StoreRoute(), Duration.ZERO, 4);
    shop = Shop.client(server.baseUrl(), ResponseFormat.AUTO);
    raw = RawClient.webservice(Shop.KEY);
    uri = URI.create(server.baseUrl() + "/api/customers");
    customer =
        Customer.builder()
            .idDefaultGroup(3L)
            .idLang(1L)
            .idGender(1L)
            .passwd("Fixture-Passw0rd!")
            .lastname("Fixture")
            .firstname("Alice")
            .email("alice.fixture@example.com")
            .active(true)
            .newsletter(false)
            .optin(false)
            .groups(List.of(3L))
            .build();
  }

  /** Stops them. */
  @TearDown(Level.Trial)
  public void tearDown() {
    shop.close();
    server.close();
  }

  /**
   * The SDK.
   *
   * @return the created customer as the store answered
   */
  @Benchmark
  public Customer sdk() {
    return shop.customers().create(customer);
  }

  /**
   * The baseline.
   *
   * @return the answer's values
   */
  @Benchmark
  public List<String> raw() {
    return raw.postXml(uri, rawCustomerXml());
  }

  /**
   * The baseline's body: the same fields as the SDK sends, in CDATA.
   *
   * @return the document
   */
  static byte[] rawCustomerXml() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try {
      XMLStreamWriter w = OUT.createXMLStreamWriter(bytes, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("prestashop");
      w.writeNamespace("xlink", "http://www.w3.org/1999/xlink");
      w.writeStartElement("customer");
      field(w, "id_default_group", "3");
      field(w, "id_lang", "1");
      field(w, "id_gender", "1");
      field(w, "passwd", "Fixture-Passw0rd!");
      field(w, "lastname", "Fixture");
      field(w, "firstname", "Alice");
      field(w, "email", "alice.fixture@example.com");
      field(w, "active", "1");
      field(w, "newsletter", "0");
      field(w, "optin", "0");
      w.writeStartElement("associations");
      w.writeStartElement("groups");
      w.writeStartElement("group");
      field(w, "id", "3");
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }

  private static void field(XMLStreamWriter w, String name, String value)
      throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCData(value);
    w.writeEndElement();
  }
}
