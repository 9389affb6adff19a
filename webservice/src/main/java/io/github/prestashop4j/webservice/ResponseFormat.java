package io.github.prestashop4j.webservice;

/**
 * Which format the client asks the store to answer reads in. Writes are always sent as XML, the
 * only input format PrestaShop reads. Both formats decode to the same {@link Entity}.
 */
public enum ResponseFormat {
  /**
   * JSON where it is lossless, XML elsewhere (the default). Lists are read in JSON; one object is
   * read in JSON with {@code display=full} (without it, 8.x and 9.x drop every empty, zero or false
   * field from single objects); write answers, the root listing, schemas and images in XML, where
   * JSON is broken on real stores.
   */
  AUTO,
  /** XML for everything, as PrestaShop answers by default. */
  XML,
  /**
   * {@code output_format=JSON} on every request, exactly as given: one object read without {@code
   * display} then lacks its empty, zero and false fields (a PrestaShop 8.x/9.x quirk).
   */
  JSON
}
