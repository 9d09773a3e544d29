package org.truce.negotiate;

import org.truce.ledger.Entry;
import org.truce.ledger.Event;
import org.truce.ledger.EventText;
import org.truce.ledger.Stance;

/** One line of plain language for an entry, for the chronology. */
final class Summaries {
  private Summaries() {}

  /** The stance as a verb before "clause ...": "demands a change to clause 7". */
  static String phrase(Stance stance) {
    return switch (stance) {
      case ACCEPTS -> "accepts";
      case REJECTS -> "rejects";
      case DEMANDS_CHANGE -> "demands a change to";
      case PROPOSES_TEXT -> "proposes text for";
      case SILENT -> "is silent on";
    };
  }

  static String of(Entry entry) {
    return switch (entry.body()) {
      case Entry.Tabled t ->
          "version "
              + t.version()
              + " tabled"
              + t.by().map(b -> " by " + b).orElse("")
              + (t.via().isEmpty() ? "" : " via " + String.join(", ", t.via()));
      case Entry.Position p ->
          p.party()
              + " "
              + phrase(p.stance())
              + " clause "
              + p.clause()
              + " of version "
              + p.version()
              + p.text().map(t -> ": " + t).orElse("");
      case Entry.Statement s ->
          s.by()
              + s.clause()
                  .map(c -> ", on clause " + c + " of version " + s.version().orElseThrow())
                  .orElse("")
              + ": "
              + s.text();
      case Entry.Meeting m ->
          "meeting in "
              + m.place()
              + (m.participants().isEmpty() ? "" : " (" + String.join(", ", m.participants()) + ")")
              + ": "
              + m.text();
      case Entry.Retraction r -> "entry " + r.retracts() + " withdrawn: " + r.reason();
      case Event e -> EventText.of(e);
    };
  }
}
