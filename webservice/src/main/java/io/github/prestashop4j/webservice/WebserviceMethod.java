package io.github.prestashop4j.webservice;

/** The HTTP methods a Webservice key can be granted per resource. */
public enum WebserviceMethod {
  /** Read lists and objects. */
  GET,
  /** Create objects. */
  POST,
  /** Replace objects. */
  PUT,
  /** Change some fields of objects (PrestaShop 8.0 and later). */
  PATCH,
  /** Delete objects. */
  DELETE,
  /** Check that objects exist. */
  HEAD
}
