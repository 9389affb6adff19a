package io.github.prestashop4j.cloudsync;

/** The timestamp an {@link IncrementalPull} follows. */
public enum ChangeField {
  /**
   * {@code updatedAt}: when the record last changed in the shop. Use it to follow the shop's own
   * changes.
   */
  UPDATED_AT("updatedAt"),

  /**
   * {@code lastSyncedAt}: when CloudSync last received the record. Use it to follow what reached
   * CloudSync, including records whose shop date did not change (a full resync, say).
   */
  LAST_SYNCED_AT("lastSyncedAt");

  private final String field;

  ChangeField(String field) {
    this.field = field;
  }

  /**
   * Returns the camelCase field name, which also names the {@code ...Start} filter.
   *
   * @return {@code updatedAt} or {@code lastSyncedAt}
   */
  public String field() {
    return field;
  }
}
