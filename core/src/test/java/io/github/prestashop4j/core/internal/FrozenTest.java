package io.github.prestashop4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrozenTest {
  @Test
  void copiesDeeplyKeepingOrderAndNullsAndForbidsChanges() {
    Map<String, Object> nested = new HashMap<>();
    nested.put("b", 2);
    List<Object> list = new ArrayList<>(List.of(nested));
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("z", list);
    source.put("a", null);

    Map<String, Object> frozen = Frozen.map(source);
    nested.put("b", 3);

    assertThat(frozen.keySet()).containsExactly("z", "a");
    assertThat(frozen.get("a")).isNull();
    @SuppressWarnings("unchecked")
    Map<String, Object> copy = (Map<String, Object>) ((List<Object>) frozen.get("z")).get(0);
    assertThat(copy).containsEntry("b", 2);
    assertThatThrownBy(() -> copy.put("c", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<?>) frozen.get("z")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Frozen.value("text")).isEqualTo("text");
  }
}
