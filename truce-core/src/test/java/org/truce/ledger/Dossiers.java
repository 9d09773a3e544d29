package org.truce.ledger;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.truce.check.Examples;
import org.truce.model.Agreement;

/** The versions of the 2024 talks from examples/, as a dossier's versions, for the ledger tests. */
final class Dossiers {
  /** The day the tests take as today: entries after it are in the future. */
  static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

  private Dossiers() {}

  static DossierVersions talks2024() {
    return of("framework-2024-proposal", "framework-2024-counterproposal");
  }

  /** The version of the November 2023 pause, for the tests of monitoring events. */
  static DossierVersions pause2023() {
    return of("november-2023");
  }

  private static DossierVersions of(String... names) {
    Map<String, Agreement> byLabel = new LinkedHashMap<>();
    for (String name : names) {
      Agreement agreement = Examples.load(name);
      byLabel.put(agreement.metadata().version().orElseThrow(), agreement);
    }
    return new DossierVersions(byLabel);
  }
}
