package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.truce.source.SourceText;

/** The journal writer and reader are inverses, and an entry's hash is its content's. */
class JournalRoundTripTest {
  private static final int EXAMPLES = 300;

  @Test
  void readingWrittenEntriesGivesThemBack() {
    qt().withExamples(EXAMPLES)
        .forAll(SourceDSL.lists().of(EntryGenerator.entries()).ofSizeBetween(0, 6))
        .checkAssert(
            entries -> {
              String text = Journal.write(entries);
              JournalResult read = Journal.parse(new SourceText("written.journal", text));
              assertThat(read.diagnostics()).as(text).isEmpty();
              assertThat(read.entries().stream().map(JournalEntry::entry).toList())
                  .as(text)
                  .isEqualTo(entries);
            });
  }

  @Test
  void writingIsStableAndTheHashFollowsTheContent() {
    qt().withExamples(EXAMPLES)
        .forAll(EntryGenerator.entries(), EntryGenerator.texts())
        .checkAssert(
            (entry, note) -> {
              String text = Journal.write(List.of(entry));
              Entry again =
                  Journal.parse(new SourceText("e.journal", text)).entries().getFirst().entry();
              assertThat(Journal.write(List.of(again))).isEqualTo(text);
              assertThat(Journal.hash(again)).isEqualTo(Journal.hash(entry));
              Provenance p = entry.provenance();
              Entry annotated =
                  new Entry(
                      entry.id(),
                      entry.date(),
                      entry.body(),
                      new Provenance(
                          p.source(),
                          p.reported(),
                          p.attributedTo(),
                          p.anonymous(),
                          p.confidence(),
                          java.util.Optional.of(note + " (changed)")),
                      entry.supersedes());
              assertThat(Journal.hash(annotated)).isNotEqualTo(Journal.hash(entry));
            });
  }
}
