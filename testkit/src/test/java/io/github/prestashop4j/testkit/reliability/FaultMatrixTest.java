package io.github.prestashop4j.testkit.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.prestashop4j.billing.webhook.WebhookVerificationException;
import io.github.prestashop4j.billing.webhook.WebhookVerifier;
import io.github.prestashop4j.core.ApiException;
import io.github.prestashop4j.core.ClientConfig;
import io.github.prestashop4j.core.ConnectionFailedException;
import io.github.prestashop4j.core.DeadlineExceededException;
import io.github.prestashop4j.core.PrestaShopException;
import io.github.prestashop4j.core.RateLimitException;
import io.github.prestashop4j.core.RetryPolicy;
import io.github.prestashop4j.core.TransportException;
import io.github.prestashop4j.core.testing.Ports;
import io.github.prestashop4j.core.testing.RecordingSleeper;
import io.github.prestashop4j.testkit.reliability.Targets.Target;
import io.github.prestashop4j.testkit.reliability.TcpProxy.Blackhole;
import io.github.prestashop4j.testkit.reliability.TcpProxy.Delay;
import io.github.prestashop4j.testkit.reliability.TcpProxy.Pass;
import io.github.prestashop4j.testkit.reliability.TcpProxy.Reset;
import io.github.prestashop4j.testkit.reliability.TcpProxy.Slice;
import io.github.prestashop4j.testkit.reliability.TcpProxy.Stall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.net.ssl.SSLException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The fault matrix: every client (Webservice GET, POST and PATCH; the OAuth2 token request;
 * Account; Billing GET and PUT; CloudSync GET and POST) against every fault, connection-level ones
 * from an in-JVM {@link TcpProxy} and HTTP-level ones from WireMock, both in front of the fake
 * store and fake cloud (which answer once the fault has passed). Each case checks that the call
 * ends within its deadline, with the right exception or a successful retry, and how many requests
 * reached the server: a POST or PATCH never twice. The SDK's DEBUG log is captured for the whole
 * run, and the last test checks that no configured secret appeared anywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultMatrixTest {
  /** The deadline of calls that should end by themselves. */
  private static final Duration DEADLINE = Duration.ofSeconds(15);

  /** The deadline of calls that can only end by it (blackhole, stall). */
  private static final Duration SHORT_DEADLINE = Duration.ofSeconds(1);

  /** Generous: only "ends within its deadline" is asserted, on a shared 2-core machine. */
  private static final Duration MARGIN = Duration.ofSeconds(5);

  /** The policy of every client in the matrix: the default one. */
  private static final RetryPolicy POLICY = Targets.http().retryPolicy();

  private Targets targets;
  private WireMockServer wm;
  private WireMockServer elsewhere;
  private TcpProxy proxy;
  private SecretScan scan;
  private final List<StubMapping> caseStubs = new ArrayList<>();
  private final AtomicInteger cases = new AtomicInteger();
  private final AtomicInteger postsAndPatches = new AtomicInteger();

  /** What a fault case sets up, and what it expects from a target. */
  private record Case(
      String name,
      Duration deadline,
      Function<FaultMatrixTest, String> arrange,
      BiConsumer<Target, Outcome> expect) {
    Case(String name, Function<FaultMatrixTest, String> arrange, BiConsumer<Target, Outcome> e) {
      this(name, DEADLINE, arrange, e);
    }
  }

  /** What a call did: its failure (null on success), requests that reached WireMock, waits. */
  private record Outcome(Throwable failure, int sent, List<Duration> waits) {}

  @BeforeAll
  void start() throws Exception {
    targets = new Targets();
    wm = new WireMockServer(options().dynamicPort().dynamicHttpsPort().containerThreads(20));
    wm.start();
    elsewhere = new WireMockServer(options().dynamicPort());
    elsewhere.start();
    // Once a case's fault has passed, WireMock hands the request to the fakes.
    wm.stubFor(
        any(urlPathMatching("/api.*"))
            .atPriority(10)
            .willReturn(aResponse().proxiedFrom(targets.store.baseUrl())));
    wm.stubFor(
        any(anyUrl()).atPriority(20).willReturn(aResponse().proxiedFrom(targets.cloud.baseUrl())));
    proxy = new TcpProxy(wm.port());
    scan = new SecretScan();
  }

  @AfterAll
  void stop() throws Exception {
    scan.close();
    proxy.close();
    wm.stop();
    elsewhere.stop();
    targets.close();
    System.out.printf(
        "fault matrix: %d cases, %d of them POST/PATCH sent at most once%n",
        cases.get(), postsAndPatches.get());
    // JUnit may keep this instance until the run ends: let go of the clients the scan collected,
    // so that later tests in this JVM (the connection hygiene count) do not see them.
    scan = null;
    targets = null;
    caseStubs.clear();
  }

  private String wireMock() {
    return "http://localhost:" + wm.port(); // baseUrl() would be the HTTPS one
  }

  private String viaProxy(TcpProxy.Mode mode) {
    proxy.failNext(1, mode);
    return proxy.baseUrl();
  }

  /** A stub for the target's requests, ahead of the proxying ones; once only if {@code once}. */
  private String stub(Target target, ResponseDefinitionBuilder response, boolean once) {
    MappingBuilder mapping =
        request(target.method(), urlPathMatching(target.upstreamPrefix() + ".*"))
            .atPriority(1)
            .willReturn(response);
    if (once) {
      mapping = mapping.inScenario("fault").whenScenarioStateIs(STARTED).willSetStateTo("passed");
    }
    caseStubs.add(wm.stubFor(mapping));
    return wireMock();
  }

  private Target current;

  private static void succeeded(Outcome o, int sent) {
    assertThat(o.failure()).as("the call's failure").isNull();
    assertThat(o.sent()).as("requests that reached the server").isEqualTo(sent);
  }

  /**
   * Retried into a success when the method may be, else failed at once after one request. A broken
   * connection may be retried by the JDK's client itself (for GET, PUT and DELETE), without the
   * SDK's waits: only the statuses prove that the SDK waited.
   */
  private static void retriedOnlyIfSafe(Target t, Outcome o, Class<? extends Throwable> failure) {
    if (t.retriedAfterSending()) {
      succeeded(o, 2);
      assertThat(o.waits()).hasSizeLessThanOrEqualTo(1);
    } else {
      assertThat(o.failure()).isInstanceOf(failure);
      assertThat(o.sent()).as("requests that reached the server").isEqualTo(1);
      assertThat(o.waits()).isEmpty();
    }
  }

  private static Case transportFault(String name, Function<FaultMatrixTest, String> arrange) {
    return new Case(name, arrange, (t, o) -> retriedOnlyIfSafe(t, o, TransportException.class));
  }

  private static Case wireMockFault(String name, Fault wmFault) {
    return new Case(
        name,
        m -> m.stub(m.current, aResponse().withFault(wmFault), true),
        (t, o) -> retriedOnlyIfSafe(t, o, TransportException.class));
  }

  private static Case status(int status, String retryAfter) {
    return new Case(
        status + (retryAfter == null ? " without Retry-After" : " with Retry-After: " + retryAfter),
        m -> {
          ResponseDefinitionBuilder r = aResponse().withStatus(status).withBody("busy");
          if (retryAfter != null) {
            r = r.withHeader("Retry-After", retryAfter);
          }
          return m.stub(m.current, r, true);
        },
        (t, o) -> {
          retriedOnlyIfSafe(t, o, status == 429 ? RateLimitException.class : ApiException.class);
          if (t.retriedAfterSending() && retryAfter != null) {
            assertThat(o.waits()).containsExactly(Duration.ofSeconds(Long.parseLong(retryAfter)));
          } else if (t.retriedAfterSending()) {
            // The first backoff: a random wait up to the policy's initial backoff (full jitter).
            assertThat(o.waits())
                .as("the backoff before the second attempt")
                .singleElement()
                .satisfies(
                    wait -> assertThat(wait).isBetween(Duration.ZERO, POLICY.initialBackoff()));
          }
          if (o.failure() instanceof ApiException api) {
            assertThat(api.statusCode()).isEqualTo(status);
          }
        });
  }

  private static List<Case> faults() {
    List<Case> faults = new ArrayList<>();
    faults.add(
        new Case(
            "connection refused",
            m -> "http://127.0.0.1:" + Ports.closedPort(),
            (t, o) -> {
              // Never sent, so every method is retried, and fails once the attempts are spent.
              assertThat(o.failure()).isInstanceOf(ConnectionFailedException.class);
              assertThat(o.waits()).hasSize(2);
              assertThat(o.sent()).isZero();
            }));
    faults.add(
        new Case(
            "reset before the request was sent",
            m -> m.viaProxy(new Reset(0, true)),
            (t, o) -> {
              // Nothing reached the server. The JDK's client may notice the reset while still
              // connecting and try again itself (safe for any method); else the SDK decides.
              if (t.retriedAfterSending() || o.failure() == null) {
                succeeded(o, 1);
              } else {
                assertThat(o.failure()).isInstanceOf(TransportException.class);
                assertThat(o.sent()).isZero();
              }
            }));
    faults.add(
        transportFault("reset after the request was sent", m -> m.viaProxy(new Reset(0, false))));
    faults.add(transportFault("reset mid-response", m -> m.viaProxy(new Reset(100, false))));
    faults.add(wireMockFault("reset by peer (WireMock)", Fault.CONNECTION_RESET_BY_PEER));
    faults.add(wireMockFault("empty response", Fault.EMPTY_RESPONSE));
    faults.add(wireMockFault("malformed chunk", Fault.MALFORMED_RESPONSE_CHUNK));
    faults.add(wireMockFault("random data then close", Fault.RANDOM_DATA_THEN_CLOSE));
    faults.add(
        new Case(
            "body stalled mid-way",
            SHORT_DEADLINE,
            m -> m.viaProxy(new Stall(10)),
            (t, o) -> {
              assertThat(o.failure()).isInstanceOf(DeadlineExceededException.class);
              assertThat(o.sent()).isEqualTo(1);
              assertThat(o.waits()).isEmpty();
            }));
    faults.add(
        new Case(
            "blackhole",
            SHORT_DEADLINE,
            m -> m.viaProxy(new Blackhole()),
            (t, o) -> {
              assertThat(o.failure()).isInstanceOf(DeadlineExceededException.class);
              assertThat(o.sent()).isZero();
              assertThat(o.waits()).isEmpty();
            }));
    faults.add(
        new Case(
            "latency 20 ms per chunk", m -> m.viaProxy(new Delay(20)), (t, o) -> succeeded(o, 1)));
    faults.add(
        new Case(
            "answer sliced in 3-byte writes",
            m -> m.viaProxy(new Slice(3)),
            (t, o) -> succeeded(o, 1)));
    for (int s : new int[] {429, 502, 503, 504}) {
      faults.add(status(s, null));
      faults.add(status(s, "1"));
    }
    faults.add(
        new Case(
            "500 after a write",
            m -> m.stub(m.current, aResponse().withStatus(500).withBody("fatal"), false),
            (t, o) -> {
              assertThat(o.failure())
                  .isInstanceOfSatisfying(
                      ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
              assertThat(o.sent()).isEqualTo(1);
              assertThat(o.waits()).isEmpty();
            }));
    faults.add(
        new Case(
            "redirect to another host",
            m ->
                m.stub(
                    m.current,
                    aResponse()
                        .withStatus(302)
                        .withHeader("Location", m.elsewhere.baseUrl() + "/moved"),
                    false),
            (t, o) -> {
              // Not followed (run() checks the other host saw nothing), not retried, not a
              // success: every client reports the status.
              assertThat(o.failure())
                  .isInstanceOfSatisfying(
                      ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(302));
              assertThat(o.sent()).isEqualTo(1);
              assertThat(o.waits()).isEmpty();
            }));
    faults.add(
        new Case(
            "TLS to a host with an untrusted certificate",
            m -> "https://localhost:" + m.wm.httpsPort(),
            (t, o) -> {
              // Refused at once, never retried: a refused certificate is refused again.
              assertThat(o.failure())
                  .isInstanceOf(TransportException.class)
                  .isNotInstanceOf(DeadlineExceededException.class)
                  .cause()
                  .isInstanceOf(SSLException.class);
              assertThat(o.sent()).isZero();
              assertThat(o.waits()).isEmpty();
            }));
    return faults;
  }

  @TestFactory
  Stream<DynamicNode> everyClientAgainstEveryFault() {
    List<DynamicNode> nodes = new ArrayList<>();
    for (Case fault : faults()) {
      List<DynamicNode> row = new ArrayList<>();
      for (Target target : targets.all()) {
        row.add(DynamicTest.dynamicTest(target.name(), () -> run(fault, target)));
      }
      nodes.add(org.junit.jupiter.api.DynamicContainer.dynamicContainer(fault.name(), row));
    }
    nodes.add(
        DynamicTest.dynamicTest(
            "no secret in the DEBUG log, messages, toString() or serialized forms",
            this::noSecretLeaked));
    return nodes.stream();
  }

  private void run(Case fault, Target target) throws Exception {
    for (StubMapping stub : caseStubs) {
      wm.removeStub(stub);
    }
    caseStubs.clear();
    wm.resetScenarios();
    wm.resetRequests();
    elsewhere.resetRequests();
    proxy.failNext(0, new Pass());
    current = target;
    String base = fault.arrange().apply(this);
    RecordingSleeper sleeper = new RecordingSleeper();
    ClientConfig config =
        Targets.httpBuilder().sleeper(sleeper).callTimeout(fault.deadline()).build();
    scan.printed(config);

    Throwable failure = null;
    long started = System.nanoTime();
    try {
      target.call().run(base, config, scan::printed);
    } catch (PrestaShopException | AssertionError e) {
      failure = e;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    scan.failed(failure);
    cases.incrementAndGet();

    int sent =
        wm.findAll(
                RequestPatternBuilder.newRequestPattern(
                    RequestMethod.fromString(target.method()),
                    urlPathMatching(target.upstreamPrefix() + ".*")))
            .size();
    Outcome outcome = new Outcome(failure, sent, sleeper.waits());
    try {
      assertThat(took).as("time taken").isLessThan(fault.deadline().plus(MARGIN));
      fault.expect().accept(target, outcome);
      assertThat(elsewhere.getAllServeEvents()).as("requests to the other host").isEmpty();
      if (!target.retriedAfterSending()) {
        assertThat(sent).as("POST/PATCH requests sent").isLessThanOrEqualTo(1);
        postsAndPatches.incrementAndGet();
      }
    } catch (AssertionError e) {
      Assertions.fail(
          "%s / %s: %s%n  outcome: failure=%s sent=%d waits=%s",
          fault.name(), target.name(), e.getMessage(), failure, sent, sleeper.waits());
    }
  }

  private void noSecretLeaked() throws Exception {
    // Webhooks: one verified, one forged; the verifier and both outcomes join the scan.
    WebhookVerifier verifier = WebhookVerifier.builder().svixSecret(Targets.WEBHOOK_SECRET).build();
    scan.printed(verifier);
    String body = targets.cloud.webhookEvent("customer.updated", Targets.SHOP);
    scan.printed(verifier.verifyAndParse(targets.cloud.webhookHeaders(body), body));
    String forged = body.replace("customer", "kustomer");
    assertThatThrownBy(() -> verifier.verify(targets.cloud.webhookHeaders(body), forged))
        .isInstanceOfSatisfying(WebhookVerificationException.class, scan::failed);
    scan.printed(targets.store);
    scan.printed(targets.cloud);

    Set<String> secrets = new LinkedHashSet<>();
    secrets.addAll(
        SecretScan.encodings(
            Targets.CLIENT_ID,
            List.of(Targets.WS_KEY, Targets.CLIENT_SECRET, Targets.WEBHOOK_SECRET)));
    secrets.add(Targets.WEBHOOK_SECRET.substring("whsec_".length()));
    secrets.addAll(targets.issuedCredentials);
    assertThat(targets.issuedCredentials).as("bearer tokens handed out").isNotEmpty();
    assertThat(scan.logLines()).as("DEBUG lines captured").isGreaterThan(cases.get());
    int texts = scan.assertNoneOf(secrets);
    System.out.printf(
        "secrets: %d secret forms searched in %d texts (%d DEBUG lines, %d failures, %d objects)%n",
        secrets.size(), texts, scan.logLines(), scan.failures(), scan.objects());
  }
}
