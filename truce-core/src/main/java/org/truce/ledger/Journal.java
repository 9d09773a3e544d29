package org.truce.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.truce.ledger.internal.JournalParser;
import org.truce.ledger.internal.JournalWriter;
import org.truce.source.SourceText;

/**
 * The journal format of the ledger (docs/dossier.md): dated entries, each a first line with its
 * date, kind and id, then its fields indented below it, one {@code name: value} a line.
 *
 * <pre>
 * 2024-07-03 position hamas-scope-of-talks
 *   party: hamas
 *   clause: 1.10
 *   version: 2024-07 counterproposal
 *   stance: proposes text
 *   text: talks on phase two may cover the wider terms
 *   source: founding report
 *   attributed to: two senior officials of countries involved in the talks
 *   anonymous: yes
 * </pre>
 */
public final class Journal {
  private Journal() {}

  /** Reads a journal; every problem is a diagnostic, never an exception. */
  public static JournalResult parse(SourceText source) {
    return new JournalParser(source).parse();
  }

  /**
   * The journal text of {@code entries}, in the canonical layout: what {@link #parse} reads back.
   */
  public static String write(List<Entry> entries) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      JournalWriter.write(entries.get(i), out);
    }
    return out.toString();
  }

  /**
   * The content hash of an entry: SHA-256 of its canonical journal text, in hex. Two entries with
   * the same id are the same entry exactly when their hashes are equal.
   */
  public static String hash(Entry entry) {
    return hashOf(canonical(entry));
  }

  /** The canonical journal text of one entry: what the ledger stores, and what its hash is of. */
  public static String canonical(Entry entry) {
    StringBuilder text = new StringBuilder();
    JournalWriter.write(entry, text);
    return text.toString();
  }

  /** The hash of an entry whose {@link #canonical} text is {@code text}. */
  public static String hashOf(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
