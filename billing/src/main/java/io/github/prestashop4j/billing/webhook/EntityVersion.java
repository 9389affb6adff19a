package io.github.prestashop4j.billing.webhook;

import java.util.Objects;

/**
 * An entity named by type and id, and the {@code resource_version} a webhook carried for it.
 * Immutable.
 */
public final class EntityVersion {
  /** The entity type of subscriptions. */
  public static final String SUBSCRIPTION = "subscription";

  /** The entity type of customers. */
  public static final String CUSTOMER = "customer";

  /** The entity type of payment transactions. */
  public static final String TRANSACTION = "transaction";

  private final String entityType;
  private final String entityId;
  private final long version;

  private EntityVersion(String entityType, String entityId, long version) {
    this.entityType = entityType;
    this.entityId = entityId;
    this.version = version;
  }

  /**
   * Creates an entity version.
   *
   * @param entityType for example {@value #SUBSCRIPTION}
   * @param entityId the entity's id
   * @param version its {@code resource_version}
   * @return the entity version
   * @throws IllegalArgumentException if the type or id is blank
   */
  public static EntityVersion of(String entityType, String entityId, long version) {
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(entityId, "entityId");
    if (entityType.isBlank()) {
      throw new IllegalArgumentException("entityType: must not be blank");
    }
    if (entityId.isBlank()) {
      throw new IllegalArgumentException("entityId: must not be blank");
    }
    return new EntityVersion(entityType, entityId, version);
  }

  /**
   * Returns the entity type.
   *
   * @return for example {@value #SUBSCRIPTION}
   */
  public String entityType() {
    return entityType;
  }

  /**
   * Returns the entity id.
   *
   * @return the id
   */
  public String entityId() {
    return entityId;
  }

  /**
   * Returns the version.
   *
   * @return the {@code resource_version}
   */
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EntityVersion that
        && that.entityType.equals(entityType)
        && that.entityId.equals(entityId)
        && that.version == version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(entityType, entityId, version);
  }

  /** Returns for example {@code subscription:169lnASzhOWay1EQN@1646931926000}. */
  @Override
  public String toString() {
    return entityType + ":" + entityId + "@" + version;
  }
}
