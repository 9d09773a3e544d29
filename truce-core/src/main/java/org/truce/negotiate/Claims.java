package org.truce.negotiate;

import java.util.Optional;
import org.truce.ledger.Entry;

/**
 * What an entry claims, so that two sources can be compared: the key says what the claim is about
 * (a party's stance on a clause of a version, who tabled a version), the value what it says.
 * Statements and meetings are reported, not compared.
 */
final class Claims {
  private Claims() {}

  static Optional<String> key(DossierRecord record, Entry e) {
    return switch (e.body()) {
      case Entry.Position p ->
          Optional.of(
              "position\n"
                  + p.party()
                  + "\n"
                  + p.version()
                  + "\n"
                  + Readers.clauseName(record, p.version(), p.clause()));
      case Entry.Tabled t -> Optional.of("tabled\n" + t.version());
      default -> Optional.empty();
    };
  }

  static String value(Entry e) {
    return switch (e.body()) {
      case Entry.Position p -> p.stance().word();
      case Entry.Tabled t -> t.by().orElse("") + "\n" + String.join(",", t.via());
      default -> "";
    };
  }
}
