package org.truce.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.truce.ledger.internal.JournalParser;
import org.truce.source.SourceText;

/**
 * A journal read in parallel parts gives what reading it in one go gives: the same entries and the
 * same diagnostics in the same order, whatever the size of the parts and wherever the errors are.
 */
class JournalPartsTest {
  @Test
  void partsReadAsTheWhole() {
    qt().withExamples(40)
        .forAll(
            SourceDSL.lists().of(EntryGenerator.entries()).ofSizeBetween(0, 60),
            SourceDSL.integers().between(1, 40),
            SourceDSL.integers().between(0, 1_000_000))
        .checkAssert(
            (entries, partLines, seed) -> {
              String text = damaged(Journal.write(entries), seed);
              SourceText source = new SourceText("parts.journal", text);
              JournalResult whole = new JournalParser(source, Integer.MAX_VALUE / 4).parse();
              JournalResult parts = new JournalParser(source, partLines).parse();
              assertThat(parts.entries()).as(text).isEqualTo(whole.entries());
              assertThat(parts.diagnostics()).as(text).isEqualTo(whole.diagnostics());
            });
  }

  /** The text with a few lines broken, so that the parts have errors to report too. */
  private static String damaged(String text, int seed) {
    List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
    java.util.Random random = new java.util.Random(seed);
    for (int k = 0; k < 3 && !lines.isEmpty(); k++) {
      int at = random.nextInt(lines.size());
      switch (random.nextInt(4)) {
        case 0 -> lines.set(at, "  no colon here");
        case 1 -> lines.set(at, "2024-13-01 meeting x");
        case 2 -> lines.add(at, "  stray: field");
        default -> lines.set(at, lines.get(at).replace(":", ""));
      }
    }
    return String.join("\n", lines);
  }
}
