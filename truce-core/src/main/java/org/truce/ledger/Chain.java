package org.truce.ledger;

/**
 * The hash chain of a stored ledger: each entry's link is the SHA-256 of the link before it, its
 * number, its id and its content hash, so that changing, removing or inserting an entry behind
 * truce's back breaks every link after it (docs/monitor.md, "Integrity"). The last link, the head,
 * vouches for the whole ledger: noted elsewhere, it lets a later check prove that nothing was
 * rewritten since, even by someone who recomputed every link.
 */
public final class Chain {
  /** The link before the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private Chain() {}

  /** The link of entry number {@code seq}, with id {@code id} and content hash {@code hash}. */
  public static String link(String previous, long seq, String id, String hash) {
    return Journal.hashOf(previous + "\n" + seq + "\n" + id + "\n" + hash);
  }
}
