package io.github.prestashop4j.webservice.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.prestashop4j.webservice.LocalizedText;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every builder setter of every model writes what its getter reads back, marks the field changed,
 * and survives a decode of the entity it built; association items round-trip with every component
 * set and with none.
 */
class ModelBuildersTest {
  static Stream<ModelType<?>> types() {
    return ModelResources.TYPES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void everySetter_writesWhatItsGetterReads(ModelType<?> type) throws Exception {
    Class<?> modelClass = type.modelClass();
    Object builder = modelClass.getMethod("builder").invoke(null);
    Map<String, Object> expected = new LinkedHashMap<>();
    List<String> changed = new ArrayList<>();
    for (ModelType.Field field : type.fields()) {
      if (field.readOnly()) {
        assertThat(setter(builder.getClass(), field.property())).isEmpty();
        continue;
      }
      Method setter = setter(builder.getClass(), field.property()).orElseThrow();
      Object value = sample(setter.getParameterTypes()[0]);
      setter.invoke(builder, value);
      expected.put(field.property(), value);
      changed.add(field.name());
    }
    for (ModelType.Association association : type.associations()) {
      String property = association.property();
      Optional<Method> setter = setter(builder.getClass(), property);
      assertThat(setter.isPresent()).isEqualTo(!association.readOnly());
      if (setter.isPresent()) {
        Method getter = modelClass.getMethod(property);
        Class<?> item =
            (Class<?>)
                ((ParameterizedType) getter.getGenericReturnType()).getActualTypeArguments()[0];
        List<Object> items =
            item == Long.class ? List.of(3L, 4L) : List.of(record(item, true), record(item, false));
        setter.get().invoke(builder, items);
        expected.put(property, items);
        changed.add("associations." + association.name());
      }
    }
    Model model = (Model) builder.getClass().getMethod("build").invoke(builder);

    for (Map.Entry<String, Object> entry : expected.entrySet()) {
      Object read = modelClass.getMethod(entry.getKey()).invoke(model);
      Object value = entry.getValue();
      assertThat(read)
          .as(entry.getKey())
          .isEqualTo(value instanceof List<?> ? value : Optional.of(value));
    }
    assertThat(model.changedFields()).containsExactlyElementsOf(changed);
    assertThat(model.unknownFields()).isEmpty();
    assertThat(type.decode(model.toEntity())).isEqualTo(model);
    assertThat(model.modelType()).isSameAs(type);
  }

  private static Optional<Method> setter(Class<?> builder, String property) {
    return Stream.of(builder.getMethods())
        .filter(m -> m.getName().equals(property) && m.getParameterCount() == 1)
        .findFirst();
  }

  private static Object sample(Class<?> type) {
    if (type == Long.class) {
      return 7L;
    }
    if (type == BigDecimal.class) {
      return new BigDecimal("12.50");
    }
    if (type == Boolean.class) {
      return Boolean.TRUE;
    }
    if (type == LocalDateTime.class) {
      return LocalDateTime.of(2026, 3, 4, 5, 6, 7);
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2026, 3, 4);
    }
    if (type == LocalizedText.class) {
      return LocalizedText.of(Map.of(1, "en", 2, "fr"));
    }
    return "text";
  }

  private static Object record(Class<?> type, boolean full) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = full ? sample(types[i]) : null;
    }
    return type.getDeclaredConstructor(types).newInstance(values);
  }
}
