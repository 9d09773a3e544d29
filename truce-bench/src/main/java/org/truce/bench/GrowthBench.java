package org.truce.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.truce.check.CheckOptions;
import org.truce.check.Checker;
import org.truce.check.PromelaExport;
import org.truce.ledger.Journal;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.SourceText;
import org.truce.syntax.Formatter;
import org.truce.syntax.ParseResult;
import org.truce.syntax.Parser;
import org.truce.timeline.TimelineBuilder;

/**
 * Growth per shape (issue 16, item 7): for each {@link Shapes shape}, the time of every stage at a
 * size n and at 10n, and their ratio. A stage linear in its input shows a ratio of about 10; a
 * quadratic one about 100. The check runs under a timeout of {@value #CHECK_SECONDS} seconds, which
 * it must honour at any size. Each figure is the fastest of three runs (the check: one) after a
 * warm-up at n. From the repository root:
 *
 * <pre>java -cp truce-bench/target/benchmarks.jar org.truce.bench.GrowthBench [SCALE]</pre>
 *
 * SCALE (default 1) multiplies every n.
 */
public final class GrowthBench {
  static final int CHECK_SECONDS = 5;

  private GrowthBench() {}

  record Size(String shape, int n) {}

  public static void main(String[] args) {
    double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
    List<Size> sizes =
        List.of(
            new Size("dotted category depth", 1_000),
            new Size("many holdings", 2_000),
            new Size("many phases", 1_000),
            new Size("many requires", 2_000),
            new Size("many parties", 1_000),
            new Size("long names", 200),
            new Size("deep nesting of conditions", 500),
            new Size("long journal continuations", 10_000));
    System.out.printf(
        Locale.ROOT,
        "%-28s %-12s %9s %11s %11s %7s%n",
        "shape",
        "stage",
        "n",
        "time n",
        "time 10n",
        "ratio");
    for (Size size : sizes) {
      Shapes.Shape shape =
          Shapes.all().stream()
              .filter(s -> s.name().equals(size.shape()))
              .findFirst()
              .orElseThrow();
      int n = (int) Math.max(1, Math.round(size.n() * scale));
      run(shape, n); // warm-up: the first runs at n are the JIT's, not the stage's
      List<double[]> small = run(shape, n);
      List<double[]> large = run(shape, 10 * n);
      List<String> stages = stages(shape);
      for (int i = 0; i < stages.size(); i++) {
        if (i >= small.size() || i >= large.size()) {
          System.out.printf(
              Locale.ROOT,
              "%-28s %-12s %9d %11s %11s %7s%n",
              shape.name(),
              stages.get(i),
              n,
              i < small.size() ? "" : "refused",
              i < large.size() ? "" : "refused",
              "");
          continue;
        }
        double a = small.get(i)[0];
        double b = large.get(i)[0];
        System.out.printf(
            Locale.ROOT,
            "%-28s %-12s %9d %9.1fms %9.1fms %6.1fx%n",
            shape.name(),
            stages.get(i),
            n,
            a,
            b,
            b / Math.max(a, 0.05));
      }
    }
  }

  private static List<String> stages(Shapes.Shape shape) {
    return shape.journal()
        ? List.of("journal")
        : List.of("parse", "validate", "format", "timeline", "promela", "check");
  }

  private static List<double[]> run(Shapes.Shape shape, int n) {
    SourceText source = new SourceText("shape.truce", shape.text().apply(n));
    List<double[]> times = new ArrayList<>();
    if (shape.journal()) {
      times.add(time(() -> Journal.parse(source)));
      return times;
    }
    times.add(time(() -> Parser.parse(source)));
    ParseResult parsed = Parser.parse(source);
    times.add(time(() -> ModelBuilder.build(parsed)));
    ModelResult model = ModelBuilder.build(parsed);
    if (model.agreement().isEmpty()) {
      // A shape past a bound of the language (E123, E124): refused, and how fast is measured.
      return times;
    }
    Agreement agreement = model.agreement().get();
    times.add(time(() -> Formatter.format(parsed)));
    times.add(time(() -> TimelineBuilder.build(agreement)));
    CheckOptions options =
        CheckOptions.defaults()
            .withLimits(CheckOptions.DEFAULT_MAX_STATES, Duration.ofSeconds(CHECK_SECONDS))
            .withThreads(1);
    times.add(
        time(
            () -> {
              try {
                return PromelaExport.of(agreement, options, "shape.truce");
              } catch (PromelaExport.TooLarge tooLarge) {
                return tooLarge;
              }
            }));
    times.add(time(() -> Checker.check(agreement, Optional.empty(), options), 1));
    return times;
  }

  private static double[] time(Supplier<?> stage) {
    return time(stage, 3);
  }

  private static double[] time(Supplier<?> stage, int runs) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Object result = stage.get();
      best = Math.min(best, (System.nanoTime() - start) / 1e6);
      if (result == null) {
        throw new IllegalStateException("no result");
      }
    }
    return new double[] {best};
  }
}
