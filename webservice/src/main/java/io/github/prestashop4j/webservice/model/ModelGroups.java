package io.github.prestashop4j.webservice.model;

/**
 * The Bean Validation groups of the models' constraints. A write validates the default group, plus
 * {@link Complete} for a create or a replace (which send a whole object), plus the group of the
 * store's version when it is known; a patch validates only the fields it sends.
 */
public final class ModelGroups {
  private ModelGroups() {}

  /** Required fields: checked when a whole object is sent (create, replace). */
  public interface Complete {}

  /** Constraints of PrestaShop before 9.0 only. */
  public interface Before9 {}

  /** Constraints of PrestaShop 9.0 and later only. */
  public interface Since9 {}

  /** Required fields of PrestaShop before 9.0 only. */
  public interface CompleteBefore9 {}

  /** Required fields of PrestaShop 9.0 and later only. */
  public interface CompleteSince9 {}
}
