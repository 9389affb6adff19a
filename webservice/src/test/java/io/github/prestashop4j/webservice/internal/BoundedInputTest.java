package io.github.prestashop4j.webservice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundedInputTest {
  private static String afterJunk(String body) throws IOException {
    InputStream in =
        BoundedInput.skipLeadingJunk(
            new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)));
    return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a document with nothing before it | <?xml version='1.0'?><prestashop/>"
            + " | <?xml version='1.0'?><prestashop/>",
        "a notice before the declaration | Notice: x in y.php<br><?xml?><prestashop/>"
            + " | <?xml?><prestashop/>",
        "a document without declaration | Warning<prestashop/> | <prestashop/>",
        "the root before a declaration-like text | junk<prestashop><a><?xml</a>"
            + " | <prestashop><a><?xml</a>",
        "near misses that restart on '<' | <?xm<pre<?<?xml?><prestashop/> | <?xml?><prestashop/>",
        "a root name cut short then complete | <prestash<prestashop/> | <prestashop/>",
        "no document at all | plain text error | plain text error",
      })
  void startsAtTheFirstDeclarationOrRootWhicheverComesFirst(
      String shape, String body, String expected) throws IOException {
    assertThat(afterJunk(body)).as(shape).isEqualTo(expected);
  }

  @Test
  void findsTheDocumentOnlyWhenItsStartEndsWithinTheSearchedLength() throws IOException {
    // "<prestashop" is 11 bytes: its last byte is the last searched one, or one past it.
    String within = "x".repeat(BoundedInput.MAX_LEADING_JUNK - 11) + "<prestashop/>";
    String beyond = "x" + within;

    assertThat(afterJunk(within)).isEqualTo("<prestashop/>");
    assertThat(afterJunk(beyond).length()).isEqualTo(beyond.length());
  }
}
