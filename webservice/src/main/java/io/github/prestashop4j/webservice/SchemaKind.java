package io.github.prestashop4j.webservice;

/** The two schemas a resource describes itself with ({@code ?schema=}). */
public enum SchemaKind {
  /** {@code schema=blank}: every writable field, empty; no rules. */
  BLANK("blank"),
  /**
   * {@code schema=synopsis}: every field with its rules: required, maximum size, format, read-only,
   * one text per language.
   */
  SYNOPSIS("synopsis");

  private final String parameter;

  SchemaKind(String parameter) {
    this.parameter = parameter;
  }

  /**
   * Returns the parameter value.
   *
   * @return {@code blank} or {@code synopsis}
   */
  public String parameter() {
    return parameter;
  }
}
