import java.nio.file.Files;
import java.nio.file.Path;
import org.truce.check.CheckOptions;
import org.truce.check.internal.explore.Explorer;
import org.truce.check.internal.explore.Graph;
import org.truce.check.internal.explore.Limits;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.source.SourceText;

/**
 * One search of bench/full-scale.truce with an adversary (north), as CheckerBenchmark.search does;
 * loaded once per benchmarks jar by SearchDuel, each in a class loader of its own.
 */
public class SearchRunner {
  private static Agreement agreement;
  private static CheckOptions options;

  /** The wall time of one search on {@code threads} threads, in nanoseconds. */
  public static long run(String file, int threads) throws Exception {
    if (agreement == null) {
      Path path = Path.of(file);
      agreement =
          ModelBuilder.load(new SourceText(path.toString(), Files.readString(path)))
              .agreement()
              .orElseThrow();
      options = CheckOptions.defaults().withAdversary("north");
    }
    TransitionSystem system =
        new TransitionSystem(agreement, options.adversary(), options.exactAmounts());
    long start = System.nanoTime();
    Graph graph =
        Explorer.explore(
            system,
            new Limits(options.maxStates(), options.timeout(), CheckOptions.Progress.NONE, threads));
    long end = System.nanoTime();
    if (!graph.complete() || graph.size() != 217_785) {
      throw new IllegalStateException("unexpected exploration: " + graph.size() + " states");
    }
    return end - start;
  }
}
