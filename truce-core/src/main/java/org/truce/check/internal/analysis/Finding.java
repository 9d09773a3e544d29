package org.truce.check.internal.analysis;

import org.truce.model.ClauseRef;

/** A fact an analysis reads off the last state of a witness, citing a clause where one applies. */
record Finding(String text, ClauseRef ref, Object element) {
  static Finding of(String text) {
    return new Finding(text, ClauseRef.NONE, null);
  }
}
