package org.truce.negotiate;

import java.util.ArrayList;
import java.util.List;
import org.truce.ledger.Entry;
import org.truce.ledger.Provenance;

/** How the readers cite an entry's source: "founding report: two senior officials, anonymous". */
final class Citations {
  private Citations() {}

  static String of(Entry entry) {
    Provenance p = entry.provenance();
    List<String> who = new ArrayList<>();
    p.attributedTo().ifPresent(who::add);
    if (p.anonymous()) {
      who.add("anonymous");
    }
    if (p.confidence() != org.truce.ledger.Confidence.REPORTED) {
      who.add(p.confidence().word());
    }
    return p.source() + (who.isEmpty() ? "" : ": " + String.join(", ", who));
  }
}
