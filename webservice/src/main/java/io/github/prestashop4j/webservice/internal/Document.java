package io.github.prestashop4j.webservice.internal;

import io.github.prestashop4j.core.ApiError;
import io.github.prestashop4j.webservice.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * What one Webservice response holds once decoded, whatever its format: the sections under the root
 * (a list, one entity, several entities of a batch write, the two lists of a search) and any
 * errors.
 *
 * @param sections the root's children in order
 * @param errors the errors listed, empty if none
 */
public record Document(List<Section> sections, List<ApiError> errors) {
  /**
   * One child of the root.
   *
   * @param name the element or JSON key, for example {@code products} or {@code product}; empty for
   *     JSON's bare {@code []}
   * @param list whether it is a list of objects rather than one object
   * @param items the objects (one when {@code list} is false)
   */
  public record Section(String name, boolean list, List<Entity> items) {
    /** Copies the items. */
    public Section {
      items = List.copyOf(items);
    }
  }

  /** Copies the lists. */
  public Document {
    sections = List.copyOf(sections);
    errors = List.copyOf(errors);
  }

  /**
   * Returns every object of every section, in order: the items of a list, the entity of a single
   * response, the entities of a batch write.
   *
   * @return the objects
   */
  public List<Entity> entities() {
    List<Entity> all = new ArrayList<>();
    for (Section section : sections) {
      all.addAll(section.items());
    }
    return all;
  }
}
