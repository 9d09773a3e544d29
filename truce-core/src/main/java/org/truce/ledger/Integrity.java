package org.truce.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What checking a stored ledger's hashes and chain found ({@link Ledger#verify}): how many entries
 * it holds, the head (the last link of the chain), and every problem, each one sentence.
 */
public record Integrity(long entries, String head, List<String> problems, Optional<Anchor> anchor) {
  public Integrity {
    problems = List.copyOf(problems);
  }

  public boolean intact() {
    return problems.isEmpty();
  }

  /** The same verdict with {@code more} problems, found by checks of the store's own. */
  public Integrity with(List<String> more) {
    List<String> all = new ArrayList<>(problems);
    all.addAll(more);
    return new Integrity(entries, head, all, anchor);
  }

  /**
   * A head noted earlier, and the number of the entry whose link it is, if one is: then every entry
   * up to that one is as it was when the head was noted.
   */
  public record Anchor(String link, Optional<Long> seq) {}

  /** One stored row, as the store reads it back. */
  public record Stored(long seq, String id, String content, String hash, String chain) {}

  /** The head the store recorded with its last append: how many entries, and the last link. */
  public record Head(long seq, String chain) {}

  /**
   * Checks stored rows one at a time, in the order of their numbers, without holding them: each
   * row's content against its hash, its number against the one before, its link against the chain;
   * then the last row against the recorded head.
   */
  public static final class Check {
    private final Optional<String> anchor;
    private Optional<Long> anchorSeq = Optional.empty();
    private final List<String> problems = new ArrayList<>();
    private long last;
    private String chain = Chain.GENESIS;
    private long entries;

    /** A check that also looks for the entry whose link is {@code anchor}, a head noted earlier. */
    public Check(Optional<String> anchor) {
      this.anchor = anchor.map(a -> a.strip().toLowerCase(java.util.Locale.ROOT));
      if (this.anchor.filter(Chain.GENESIS::equals).isPresent()) {
        anchorSeq = Optional.of(0L);
      }
    }

    public void accept(Stored row) {
      entries++;
      if (row.seq() != last + 1) {
        problems.add(
            row.seq() > last + 1
                ? "entries numbered "
                    + (last + 1)
                    + (row.seq() - 1 > last + 1 ? " to " + (row.seq() - 1) : "")
                    + " are missing: they were deleted behind truce's back"
                : "entry `" + row.id() + "` repeats number " + row.seq());
      }
      if (!Journal.hashOf(row.content()).equals(row.hash())) {
        problems.add(
            "entry `"
                + row.id()
                + "` (number "
                + row.seq()
                + ") was changed: its content no longer matches its hash");
      }
      String expected = Chain.link(chain, row.seq(), row.id(), row.hash());
      if (!expected.equals(row.chain())) {
        problems.add(
            "the chain breaks at entry `"
                + row.id()
                + "` (number "
                + row.seq()
                + "): it, or an entry before it, was changed, inserted or removed behind truce's"
                + " back");
      }
      if (anchor.filter(a -> a.equals(expected)).isPresent()) {
        anchorSeq = Optional.of(row.seq());
      }
      // Go on from the stored link, so that one break is reported once, not at every later entry.
      chain = row.chain() == null ? expected : row.chain();
      last = row.seq();
    }

    /** The verdict, given the head the store recorded (empty: none recorded). */
    public Integrity finish(Optional<Head> head) {
      if (head.isEmpty()) {
        if (entries > 0) {
          problems.add("the ledger's head is missing: it was removed behind truce's back");
        }
      } else if (head.get().seq() != last) {
        problems.add(
            head.get().seq() > last
                ? "the last entries, numbered "
                    + (last + 1)
                    + " to "
                    + head.get().seq()
                    + ", are missing: they were deleted behind truce's back"
                : "entries numbered "
                    + (head.get().seq() + 1)
                    + " to "
                    + last
                    + " were added behind truce's back");
      } else if (!head.get().chain().equals(chain)) {
        problems.add(
            "the ledger's head does not match its last entry: the ledger was rewritten behind"
                + " truce's back");
      }
      return new Integrity(
          entries, chain, problems, anchor.map(link -> new Anchor(link, anchorSeq)));
    }
  }
}
