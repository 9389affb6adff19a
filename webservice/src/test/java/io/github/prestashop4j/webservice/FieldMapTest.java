package io.github.prestashop4j.webservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FieldMapTest {
  @Test
  void behavesLikeALinkedHashMapUnderRandomPutsAndRemoves() {
    for (long seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      // Any starting room: the arrays then grow from sizes that are not powers of two.
      FieldMap<String> map = new FieldMap<>(random.nextInt(12));
      Map<String, String> model = new LinkedHashMap<>();
      // Few distinct names so that replacing and removing happen often, across the limit.
      int names = 1 + random.nextInt(40);
      for (int step = 0; step < 300; step++) {
        String key = "f" + random.nextInt(names);
        if (random.nextInt(4) == 0) {
          assertThat(map.remove(key)).as("seed %d", seed).isEqualTo(model.remove(key));
        } else {
          String value = "v" + step;
          assertThat(map.put(key, value)).as("seed %d", seed).isEqualTo(model.put(key, value));
        }
        String probe = "f" + random.nextInt(names + 5);
        assertThat(map.get(probe)).as("seed %d", seed).isEqualTo(model.get(probe));
        assertThat(map.containsKey(probe)).isEqualTo(model.containsKey(probe));
      }
      assertThat(new ArrayList<>(map.entrySet())).isEqualTo(new ArrayList<>(model.entrySet()));
      assertThat(new ArrayList<>(map.keySet())).isEqualTo(new ArrayList<>(model.keySet()));
      assertThat(map).isEqualTo(model);
      assertThat(map.hashCode()).isEqualTo(model.hashCode());
    }
  }

  @Test
  void findsKeysWhoseHashesCollide() {
    FieldMap<Integer> map = new FieldMap<>(0);
    // "Aa" and "BB" have the same hash code; so do their concatenations.
    List<String> colliding = List.of("AaAa", "AaBB", "BBAa", "BBBB");
    for (int i = 0; i < 20; i++) {
      map.put("field" + i, i);
    }
    colliding.forEach(key -> map.put(key, key.length()));

    assertThat(colliding).allSatisfy(key -> assertThat(map.get(key)).isEqualTo(4));
    assertThat(map.remove("AaBB")).isEqualTo(4);
    assertThat(map.containsKey("AaBB")).isFalse();
    assertThat(map.get("BBAa")).isEqualTo(4);
    assertThat(map.get("field19")).isEqualTo(19);
    assertThat(map.get(null)).isNull();
    assertThat(map.containsKey(7)).isFalse();
  }

  @Test
  void aFrozenMapRefusesChangesAndItsCopyIsIndependent() {
    FieldMap<String> map = new FieldMap<>(0);
    for (int i = 0; i < 12; i++) {
      map.put("f" + i, "v" + i);
    }
    FieldMap<String> frozen = map.freeze();
    FieldMap<String> copy = frozen.copy();
    copy.put("f0", "changed");
    copy.remove("f11");

    assertThatThrownBy(() -> frozen.put("f0", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.remove("f0")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(frozen).containsEntry("f0", "v0").containsKey("f11").hasSize(12);
    assertThat(copy).containsEntry("f0", "changed").doesNotContainKey("f11").hasSize(11);
  }
}
