package org.truce.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.monitor.CountingPolicy;
import org.truce.monitor.Monitor;
import org.truce.negotiate.DossierRecord;
import org.truce.negotiate.Readers;
import org.truce.render.monitor.StatusJson;
import org.truce.render.monitor.StatusReport;
import org.truce.render.monitor.StatusText;
import org.truce.table.Table;
import org.truce.table.TableFormat;

/**
 * What the commands do with a batch that {@code log import} would write, for the fuzz targets of
 * the journal readers: append it to a ledger, then run every reader of the dossier (versions,
 * chronology, sources, positions, sticking points) in every table format, and {@code monitor} with
 * its renderings, at the last date of the batch and at the tests' today. Findings are exceptions.
 */
final class Imported {
  private Imported() {}

  static void readAndMonitor(BatchReport report, DossierVersions versions) {
    if (!report.ok()) {
      return;
    }
    MemoryLedger ledger = new MemoryLedger();
    try {
      ledger.append(report.newEntries());
    } catch (LedgerConflict e) {
      throw new AssertionError("a batch that checked appends without conflict", e);
    }
    List<Entry> entries = ledger.entries();
    DossierRecord record = new DossierRecord(versions, entries);
    List<Table> tables = new ArrayList<>();
    tables.add(Readers.versions(record));
    tables.add(Readers.chronology(record, Optional.empty()));
    tables.add(Readers.sources(record, Optional.empty()));
    for (String version : versions.labels()) {
      tables.add(Readers.positions(record, version, Optional.empty()));
      tables.add(Readers.stickingPoints(record, version, Optional.empty()));
      DossierRecord latest = new DossierRecord(versions, ledger.latestPositions(version));
      tables.add(Readers.positions(latest, version, Optional.empty()));
      tables.add(Readers.stickingPoints(latest, version, Optional.empty()));
    }
    for (Table table : tables) {
      for (TableFormat format : TableFormat.values()) {
        format.write(table);
      }
    }
    LocalDate last =
        entries.stream().map(Entry::date).max(LocalDate::compareTo).orElse(Dossiers.TODAY);
    for (LocalDate day : List.of(last, Dossiers.TODAY)) {
      Monitor.readings(versions, entries, day.atTime(Monitor.END_OF_DATE), CountingPolicy.LIST)
          .ifPresent(
              readings -> {
                StatusText.render(readings);
                StatusJson.render(readings);
                StatusReport.markdown(readings);
                StatusReport.html(readings);
              });
    }
  }
}
