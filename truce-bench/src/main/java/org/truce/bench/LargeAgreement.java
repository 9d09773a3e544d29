package org.truce.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * Generates a valid agreement text with a given number of clauses, shaped like a real framework
 * scaled up: several parties holding many categories, a chain of phases each carrying every kind of
 * clause the language has (every schedule, every right and breach form, deadlines in days of the
 * agreement, best-effort releases, undertakings from a day...), with tags on every clause, and the
 * top-level clauses (assurances, requirements, a lapse, a conclusion) a real text has. A new
 * construct gets a {@link Shape} here, so that the parse and validate benchmark measures it.
 */
public final class LargeAgreement {
  private static final int PARTIES = 4;
  private static final int CATEGORIES = 50;
  private static final int CLAUSES_PER_PHASE = 100;
  private static final int PHASE_DAYS = 42;
  private static final int SHAPE_COUNT = 24;
  private static final LocalDate ENTRY = LocalDate.of(2024, 6, 1);

  /** One kind of clause of a phase body, written for clause {@code k} of phase {@code phase}. */
  private interface Shape {
    String clause(int phase, int k, int party, int category);
  }

  private static final List<Shape> SHAPES =
      List.of(
          (phase, k, p, c) ->
              "p%d releases 3 unit.c%d, 1 every 7 days from day %d".formatted(p, c, 1 + k % 7),
          (phase, k, p, c) ->
              "p%d releases 1 unit.c%d per unit.c%d released by p%d"
                  .formatted(p, c, (c + 1) % CATEGORIES, (p + 1) % PARTIES),
          (phase, k, p, c) -> "p%d releases 2 unit.c%d by day 30".formatted(p, c),
          (phase, k, p, c) -> "p%d releases 1 unit.c%d on day %d".formatted(p, c, 1 + k % 40),
          (phase, k, p, c) -> "p%d releases 8 unit.c%d in weekly batches of 2".formatted(p, c),
          (phase, k, p, c) ->
              "p%d releases 1 unit.c%d as located, at the latest by day 40".formatted(p, c),
          (phase, k, p, c) -> "p%d releases 1 unit.c%d as soon as possible".formatted(p, c),
          (phase, k, p, c) ->
              "p%d releases 3 prisoner.c%d for each unit.c%d released within 48 hours"
                  .formatted(p, c, c),
          (phase, k, p, c) -> "p%d allows 600 aid.truck per day".formatted(p),
          (phase, k, p, c) ->
              "p%d delivers 100 fuel.truck, 10 every 2 days from day 3".formatted(p),
          (phase, k, p, c) ->
              "p%d delivers 10 food.tonne by day %d of the agreement"
                  .formatted(p, phase * PHASE_DAYS + 30),
          (phase, k, p, c) -> "p%d withdraws from \"area %d\" by day 20".formatted(p, k),
          (phase, k, p, c) ->
              "p%d withdraws from \"zone %d\" by day %d of the agreement"
                  .formatted(p, k, phase * PHASE_DAYS + 40),
          (phase, k, p, c) ->
              "p%d undertakes \"open crossing %d\" from day 5 by day 20".formatted(p, k),
          (phase, k, p, c) -> "p%d undertakes \"hand over list %d\"".formatted(p, k),
          (phase, k, p, c) -> breachRight(phase, k - k % SHAPE_COUNT),
          (phase, k, p, c) ->
              "p%d may resume hostilities when m0 confirms a breach by p%d"
                  .formatted(p, (p + 1) % PARTIES),
          (phase, k, p, c) -> orderOver(phase, k - k % SHAPE_COUNT),
          (phase, k, p, c) -> "p%d releases 2 unit.c%d between day 10 and day 20".formatted(p, c),
          (phase, k, p, c) ->
              "p%d allows 400 aid.truck per day, of which 40 aid.truck.fuel and 200 \"to the north\""
                  .formatted(p),
          (phase, k, p, c) ->
              "p%d withdraws from \"line %d\" by %s 12:00"
                  .formatted(p, k, ENTRY.plusDays(phase * PHASE_DAYS + 40L)),
          // `unit`, not `unit.cN`: no order of the phase covers it (E174)
          (phase, k, p, c) ->
              "p%d releases 2 unit between day %d and day %d of the agreement"
                  .formatted(p, phase * PHASE_DAYS + 10, phase * PHASE_DAYS + 20),
          (phase, k, p, c) ->
              "p%d releases 5 prisoner.c%d for the 10 unit.c%d released by p%d"
                  .formatted(p, c, c, (p + 1) % PARTIES),
          // a conditional release (never p0's, whose orders would refuse it: E182)
          (phase, k, p, c) ->
              "p%d releases 2 unit.c%d within 48 hours after p%d has released 10 unit.c%d"
                  .formatted(p, c, (p + 1) % PARTIES, (c + 1) % CATEGORIES));

  /**
   * An order that puts the units of the batch release tagged {@code s<phase>.<released>} before any
   * prisoner of the same category, by the party that owes them (so it holds something back).
   */
  private static String orderOver(int phase, int released) {
    int category = (phase * 7 + released) % CATEGORIES;
    return "p%d releases all unit.c%d before any prisoner.c%d"
        .formatted(released % PARTIES, category, category);
  }

  /** A right that waits for a breach of the batch release tagged {@code s<phase>.<released>}. */
  private static String breachRight(int phase, int released) {
    int owner = released % PARTIES;
    return "p%d may suspend obligations when p%d breached clause s%d.%d"
        .formatted((owner + 1) % PARTIES, owner, phase, released);
  }

  private LargeAgreement() {}

  /**
   * Prints the generated agreement, so that it can be timed outside JMH too: {@code java -cp
   * truce-bench/target/benchmarks.jar org.truce.bench.LargeAgreement 10000 > large.truce}.
   */
  public static void main(String[] args) {
    System.out.print(text(args.length > 0 ? Integer.parseInt(args[0]) : 10_000));
  }

  static String text(int clauses) {
    if (SHAPES.size() != SHAPE_COUNT) {
      throw new IllegalStateException("SHAPE_COUNT must be the number of shapes");
    }
    StringBuilder out = new StringBuilder(clauses * 64);
    out.append("agreement \"Generated framework\"\n  version \"bench\"\n  dated 2024-05-31\n");
    out.append("  starts ").append(ENTRY).append(" 07:00\n  zone \"Asia/Gaza\"\n\n");
    for (int p = 0; p < PARTIES; p++) {
      out.append("party p").append(p).append(" \"Party ").append(p).append("\"\n");
    }
    out.append("mediator, guarantor m0 \"Mediator\"\n\n");
    for (int p = 0; p < PARTIES; p++) {
      out.append("held by p").append(p).append(" {\n");
      for (int c = 0; c < CATEGORIES; c++) {
        out.append("  unit.c").append(c).append(" 100000000\n");
        out.append("  prisoner.c").append(c).append(" about 1000000000 \"prisoners\"\n");
      }
      // units whose status is unknown at signing, of this party's own categories (E193)
      out.append("  fate.p").append(p).append(".unknown 10 either fate.p").append(p);
      out.append(".living or fate.p").append(p).append(".dead\n");
      out.append("}\n\n");
    }
    for (int p = 0; p < PARTIES; p++) {
      out.append("interest p").append(p).append(": hostilities ended\n");
    }
    int phases = Math.max(1, clauses / CLAUSES_PER_PHASE);
    int written = 0;
    for (int phase = 0; phase < phases && written < clauses; phase++) {
      written += phase(out, phase, phases, clauses - written);
    }
    topLevel(out, phases);
    return out.toString();
  }

  /** Appends one phase and returns how many clauses it holds. */
  private static int phase(StringBuilder out, int phase, int phases, int budget) {
    out.append("\n[").append(phase).append(" \"Stage ").append(phase).append("\"]\n");
    out.append("phase s").append(phase).append(" \"Stage ").append(phase).append("\" lasts ");
    out.append(PHASE_DAYS).append(" days");
    if (phase > 0) {
      out.append(", begins after s").append(phase - 1);
    }
    out.append(" {\n  hostilities paused\n");
    int written = 1;
    if (phase + 1 < phases) {
      out.append("  talks on s").append(phase + 1).append(" begin by day 16\n");
      out.append("  extends by 1 day while talks on s")
          .append(phase + 1)
          .append(" progressing as judged by p0, up to 14 days\n");
      written += 2;
    } else {
      out.append("  extends by 1 day for every 5 additional unit.c0 released, up to 6 days\n");
      out.append("  p0 releases all remaining unit.c1 by day 42\n");
      written += 2;
    }
    for (int k = 0; k < CLAUSES_PER_PHASE - 4 && written < budget - 1; k++, written++) {
      int party = k % PARTIES;
      int category = (phase * 7 + k) % CATEGORIES;
      out.append("  [s").append(phase).append('.').append(k).append("] ");
      out.append(SHAPES.get(k % SHAPE_COUNT).clause(phase, k, party, category)).append('\n');
    }
    out.append("  p0 may resume hostilities when phase s").append(phase).append(" ended");
    if (phase + 1 < phases) {
      out.append(" and not talks on s").append(phase + 1).append(" agreed");
    }
    out.append("\n}\n");
    return written + 1;
  }

  /** The clauses that apply to the whole agreement. */
  private static void topLevel(StringBuilder out, int phases) {
    int last = phases - 1;
    out.append("\nm0 ensures hostilities paused until phase s0 ended\n");
    out.append("m0 ensures not talks on s1 stalled while phase s0 active\n");
    out.append("p1 may terminate agreement when hostilities active\n");
    out.append("require always not phase s0 active or hostilities paused\n");
    out.append("require never released unit.c2 by p2 > 100000000\n");
    out.append("require eventually phase s0 ended within 60 days\n");
    out.append("require always true or (day >= 1 and held unit.c3 by p3 >= 0)\n");
    out.append("require eventually all unit.c1 released by p0\n");
    out.append("concludes when phase s").append(last).append(" ended\n");
    out.append("lapses on day ")
        .append(PHASE_DAYS * phases + 30)
        .append(" unless phase s")
        .append(last)
        .append(" ended\n");
  }
}
