package org.truce.store;

/**
 * The database could not be opened, read or written: a message for the user (what failed, and
 * where), with the driver's exception as the cause for {@code --verbose}.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
