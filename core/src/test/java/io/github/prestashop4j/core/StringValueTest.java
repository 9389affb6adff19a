package io.github.prestashop4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.prestashop4j.core.json.JsonMappers;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringValueTest {
  static final class Colour extends StringValue {
    private static final long serialVersionUID = 1L;
    static final Colour RED = new Colour("red");
    private static final List<Colour> KNOWN = List.of(RED);

    private Colour(String value) {
      super(value);
    }

    @JsonCreator
    static Colour of(String value) {
      return lookup(value, KNOWN, Colour::new);
    }

    @Override
    public boolean isKnown() {
      return KNOWN.contains(this);
    }
  }

  record Paint(Colour colour) {}

  @Test
  void knownTextsGiveTheConstantIgnoringCase() {
    assertThat(Colour.of("RED")).isSameAs(Colour.RED);
    assertThat(Colour.RED.isKnown()).isTrue();
  }

  @Test
  void unknownTextsAreKeptAndCompareIgnoringCase() {
    Colour teal = Colour.of("Teal");

    assertThat(teal.isKnown()).isFalse();
    assertThat(teal.value()).isEqualTo("Teal");
    assertThat(teal).isEqualTo(Colour.of("teal")).hasSameHashCodeAs(Colour.of("TEAL"));
    assertThat(teal).isNotEqualTo(Colour.RED).isNotEqualTo("Teal");
    assertThat(teal).hasToString("Teal");
  }

  @Test
  void readsAndWritesAsAPlainJsonString() throws Exception {
    var mapper = JsonMappers.create();

    Paint paint = mapper.readValue("{\"colour\":\"mauve\"}", Paint.class);

    assertThat(paint.colour()).isEqualTo(Colour.of("mauve"));
    assertThat(mapper.writeValueAsString(paint)).isEqualTo("{\"colour\":\"mauve\"}");
  }
}
