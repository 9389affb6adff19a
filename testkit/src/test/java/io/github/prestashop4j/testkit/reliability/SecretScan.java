package io.github.prestashop4j.testkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Captures the SDK's DEBUG log while scenarios run, collects the objects and failures they
 * produced, then checks that no secret appears in any log line, message, stack trace, {@code
 * toString()} or serialized form.
 */
final class SecretScan implements AutoCloseable {
  private final Logger sdkLogger = (Logger) LoggerFactory.getLogger("io.github.prestashop4j");
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final Level previousLevel;
  private final List<Object> printed = new CopyOnWriteArrayList<>();
  private final List<Throwable> failures = new CopyOnWriteArrayList<>();

  SecretScan() {
    previousLevel = sdkLogger.getLevel();
    sdkLogger.setLevel(Level.DEBUG);
    sdkLogger.setAdditive(false); // captured only: the build's console stays quiet
    captured.start();
    sdkLogger.addAppender(captured);
  }

  void printed(Object object) {
    if (object != null) {
      printed.add(object);
    }
  }

  void failed(Throwable failure) {
    if (failure != null) {
      failures.add(failure);
    }
  }

  int logLines() {
    return captured.list.size();
  }

  int failures() {
    return failures.size();
  }

  int objects() {
    return printed.size();
  }

  /** The secrets as configured, and as they travel (Basic auth in Base64, form-encoded). */
  static Set<String> encodings(String clientId, Collection<String> secrets) {
    Set<String> all = new LinkedHashSet<>();
    Base64.Encoder b64 = Base64.getEncoder();
    for (String secret : secrets) {
      all.add(secret);
      all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
      all.add(b64.encodeToString((secret + ":").getBytes(StandardCharsets.UTF_8)));
      all.add(
          b64.encodeToString(
              (clientId + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8)));
      all.add(b64.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)));
    }
    return all;
  }

  /** Asserts that none of the secrets appears anywhere; returns how many texts were searched. */
  int assertNoneOf(Set<String> secrets) throws IOException {
    List<String> texts = new ArrayList<>();
    for (ILoggingEvent event : captured.list) {
      texts.add(event.getFormattedMessage());
      if (event.getThrowableProxy() != null) {
        texts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
    }
    for (Object object : printed) {
      texts.add(String.valueOf(object));
      texts.add(serialized(object));
    }
    for (Throwable failure : failures) {
      texts.add(failure.getMessage());
      texts.add(failure.toString());
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      texts.add(trace.toString());
      texts.add(serialized(failure));
    }
    for (String secret : secrets) {
      assertThat(secret).hasSizeGreaterThan(8);
      for (String text : texts) {
        if (text != null && text.contains(secret)) {
          throw new AssertionError("a secret leaked into: " + text.replace(secret, "<SECRET>"));
        }
      }
    }
    return texts.size();
  }

  private static String serialized(Object object) throws IOException {
    if (!(object instanceof java.io.Serializable)) {
      return "";
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    } catch (NotSerializableException e) {
      // Holds something that is not serializable (a cause from a library): nothing was written.
      return "";
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    sdkLogger.detachAppender(captured);
    sdkLogger.setLevel(previousLevel);
    sdkLogger.setAdditive(true);
  }
}
