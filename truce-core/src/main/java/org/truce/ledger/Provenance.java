package org.truce.ledger;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an entry's claim comes from: the publication or channel, the date it was reported, to whom
 * it is attributed (e.g. "two senior officials of countries involved in the talks"), whether they
 * spoke anonymously, how far the recorder trusts it, and the recorder's own note.
 */
public record Provenance(
    String source,
    Optional<LocalDate> reported,
    Optional<String> attributedTo,
    boolean anonymous,
    Confidence confidence,
    Optional<String> note) {
  public Provenance {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(confidence, "confidence");
  }
}
