package org.truce.store;

import org.truce.source.DiagnosticCode;

/**
 * The database could not be opened, read or written: a message for the user (what failed, and
 * where), with the driver's exception as the cause for {@code --verbose}. One with a code ({@link
 * DiagnosticCode}) reads {@code error[CODE]: message} and its hint on a line of its own.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }

  /** A diagnostic of the catalog, with its arguments. */
  public StoreException(DiagnosticCode code, Throwable cause, Object... args) {
    super(coded(code, args), cause);
  }

  /** {@code error[CODE]: message}, then {@code = hint: ...} on the next line. */
  public static String coded(DiagnosticCode code, Object... args) {
    return code.severity().label()
        + "["
        + code.id()
        + "]: "
        + code.message(args)
        + code.hint(args).map(h -> "\n  = hint: " + h).orElse("");
  }
}
