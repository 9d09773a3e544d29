package org.truce.syntax.internal;

/**
 * Unwinds the parser to the nearest recovery point (an item, a holding, a header field) after an
 * error has been reported. Internal control flow only: it never leaves the parser, and it carries
 * no stack trace so that throwing it is cheap.
 */
final class Abort extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final Abort INSTANCE = new Abort();

  private Abort() {
    super(null, null, false, false);
  }
}
