package org.truce.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.truce.check.CheckOptions;
import org.truce.check.CheckReport;
import org.truce.check.Checker;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.SourceText;

/**
 * Every analysis of one text, checked again and again in one JVM, as a resident process (the
 * server, bridging's many variants) checks: prints the median and the fastest of the measured
 * checks once the JIT has compiled the checker, and the states explored. bench/resident-vs-spin.sh
 * sets it beside SPIN end to end on the same model. From the root:
 *
 * <pre>
 * java -cp truce-bench/target/benchmarks.jar org.truce.bench.WarmCheck FILE [ADVERSARY] [exact]
 * </pre>
 *
 * ADVERSARY is a party's name or "none"; "exact" explores every amount.
 */
public final class WarmCheck {
  private static final int WARM_UP = 15;
  private static final int MEASURED = 15;

  private WarmCheck() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    ModelResult result = ModelBuilder.load(new SourceText(file.toString(), Files.readString(file)));
    Agreement agreement = result.agreement().orElseThrow();
    CheckOptions options = CheckOptions.defaults();
    if (args.length > 1 && !args[1].equals("none")) {
      options = options.withAdversary(args[1]);
    }
    if (args.length > 2 && args[2].equals("exact")) {
      options = options.withExactAmounts(true);
    }
    long states = 0;
    for (int i = 0; i < WARM_UP; i++) {
      states = Checker.check(agreement, Optional.empty(), options).exploration().states();
    }
    double[] seconds = new double[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long start = System.nanoTime();
      CheckReport report = Checker.check(agreement, Optional.empty(), options);
      seconds[i] = (System.nanoTime() - start) / 1e9;
      if (report.exploration().states() != states || !report.exploration().complete()) {
        throw new IllegalStateException("the exploration changed: " + report.exploration());
      }
    }
    Arrays.sort(seconds);
    System.out.printf(
        Locale.ROOT,
        "%d states, median %.4f s, fastest %.4f s%n",
        states,
        seconds[MEASURED / 2],
        seconds[0]);
  }
}
