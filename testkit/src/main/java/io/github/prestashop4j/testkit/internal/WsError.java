package io.github.prestashop4j.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/** A Webservice error answer: a status and one or more (code, message) pairs. */
final class WsError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The four PHP warnings the real store appends after a list-parameter error. */
  static final String LIST_WARNING =
      "[PHP Warning #2] Trying to access array offset on value of type bool"
          + " (/var/www/prestashop/classes/webservice/WebserviceRequest.php, line 1333)";

  final int status;
  final transient List<Object[]> errors = new ArrayList<>();

  WsError(int status, int code, String message) {
    super(message, null, false, false);
    this.status = status;
    add(code, message);
  }

  WsError add(int code, String message) {
    errors.add(new Object[] {code, message});
    return this;
  }

  /**
   * A list-parameter error as the store sends it: the error, then four PHP warnings, status 500.
   */
  static WsError listParameter(int code, String message) {
    WsError e = new WsError(500, code, message);
    for (int i = 0; i < 4; i++) {
      e.add(3, LIST_WARNING);
    }
    return e;
  }
}
