package org.truce.bench;

/**
 * Generates a valid agreement text with a given number of clauses, shaped like a real framework
 * scaled up: several parties holding many categories, a chain of phases each carrying releases,
 * exchanges, deliveries, talks, an extension and a right, with tags on every clause.
 */
public final class LargeAgreement {
  private static final int PARTIES = 4;
  private static final int CATEGORIES = 50;
  private static final int CLAUSES_PER_PHASE = 100;

  private LargeAgreement() {}

  /**
   * Prints the generated agreement, so that it can be timed outside JMH too: {@code java -cp
   * truce-bench/target/benchmarks.jar org.truce.bench.LargeAgreement 10000 > large.truce}.
   */
  public static void main(String[] args) {
    System.out.print(text(args.length > 0 ? Integer.parseInt(args[0]) : 10_000));
  }

  static String text(int clauses) {
    StringBuilder out = new StringBuilder(clauses * 64);
    out.append("agreement \"Generated framework\"\n  version \"bench\"\n  dated 2024-05-31\n\n");
    for (int p = 0; p < PARTIES; p++) {
      out.append("party p").append(p).append(" \"Party ").append(p).append("\"\n");
    }
    out.append("mediator, guarantor m0 \"Mediator\"\n\n");
    for (int p = 0; p < PARTIES; p++) {
      out.append("held by p").append(p).append(" {\n");
      for (int c = 0; c < CATEGORIES; c++) {
        out.append("  unit.c").append(c).append(" 1000000000\n");
      }
      out.append("}\n\n");
    }
    for (int p = 0; p < PARTIES; p++) {
      out.append("interest p").append(p).append(": hostilities ended\n");
    }
    int phases = Math.max(1, clauses / CLAUSES_PER_PHASE);
    int written = 0;
    for (int phase = 0; phase < phases; phase++) {
      out.append("\nphase s")
          .append(phase)
          .append(" \"Stage ")
          .append(phase)
          .append("\" lasts 42 days");
      if (phase > 0) {
        out.append(", begins after s").append(phase - 1);
      }
      out.append(" {\n  hostilities paused\n");
      out.append("  p1 allows 600 aid.truck per day\n");
      written += 2;
      if (phase + 1 < phases) {
        out.append("  talks on s").append(phase + 1).append(" begin by day 16\n");
        out.append("  extends by 1 day while talks on s")
            .append(phase + 1)
            .append(" progressing as judged by p0, up to 14 days\n");
        written += 2;
      }
      for (int k = 0; k < CLAUSES_PER_PHASE - 4 && written < clauses; k++, written++) {
        int party = k % PARTIES;
        int category = (phase * 7 + k) % CATEGORIES;
        out.append("  [s").append(phase).append('.').append(k).append("] ");
        if (k % 2 == 0) {
          out.append('p')
              .append(party)
              .append(" releases 3 unit.c")
              .append(category)
              .append(", 1 every 7 days from day ")
              .append(1 + k % 7)
              .append('\n');
        } else {
          out.append('p')
              .append(party)
              .append(" releases 1 unit.c")
              .append(category)
              .append(" per unit.c")
              .append((category + 1) % CATEGORIES)
              .append(" released by p")
              .append((party + 1) % PARTIES)
              .append('\n');
        }
      }
      out.append("  p0 may resume hostilities when phase s").append(phase).append(" ended");
      if (phase + 1 < phases) {
        out.append(" and not talks on s").append(phase + 1).append(" agreed");
      }
      out.append("\n}\n");
      written++;
    }
    return out.toString();
  }
}
