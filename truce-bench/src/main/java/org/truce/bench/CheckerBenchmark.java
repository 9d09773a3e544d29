package org.truce.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.truce.check.CheckOptions;
import org.truce.check.CheckReport;
import org.truce.check.Checker;
import org.truce.check.internal.explore.Explorer;
import org.truce.check.internal.explore.Graph;
import org.truce.check.internal.explore.Limits;
import org.truce.check.internal.system.TransitionSystem;
import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.SourceText;

/**
 * The checker once the JIT has warmed up, on bench/full-scale.truce (docs/benchmarks.md): the
 * search alone ({@code --only deadlock}) and every analysis, on one thread and on two. What a long
 * check, or a server checking many texts, gets; a single command also pays the JVM start and the
 * warm-up, which bench/checker-vs-spin.sh measures. The setup checks the exploration is complete
 * and has the pinned number of states, so that a broken checker cannot look fast by stopping early.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckerBenchmark {
  /** The model: "adversary" (against north) or "exact" (every amount). */
  @Param({"adversary", "exact"})
  public String model;

  /** Threads of the search: the goal of issue 4 is counted on the machine's two cores. */
  @Param({"1", "2"})
  public int threads;

  private Agreement agreement;
  private CheckOptions options;

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path file = Path.of(System.getProperty("truce.fullScale", "bench/full-scale.truce"));
    ModelResult result = ModelBuilder.load(new SourceText(file.toString(), Files.readString(file)));
    if (result.hasErrors()) {
      throw new IllegalStateException(file + " is invalid: " + result.diagnostics().getFirst());
    }
    agreement = result.agreement().orElseThrow();
    options =
        switch (model) {
          case "adversary" -> CheckOptions.defaults().withAdversary("north");
          case "exact" -> CheckOptions.defaults().withExactAmounts(true);
          default -> throw new IllegalArgumentException("unknown model " + model);
        };
    Graph graph = search();
    long expected = model.equals("adversary") ? 217_785 : 17_061;
    if (!graph.complete() || graph.size() != expected) {
      throw new IllegalStateException("unexpected exploration: " + graph.size() + " states");
    }
  }

  /**
   * The search alone, through the checker's internal explorer: `check --only deadlock` used to be
   * the way, but a check whose analyses are all verdicts now probes depth first and stops to look
   * at the partial graph (--verdicts, docs/semantics.md), which is not the search's cost.
   */
  @Benchmark
  public Graph search() {
    TransitionSystem system =
        new TransitionSystem(agreement, options.adversary(), options.exactAmounts());
    return Explorer.explore(
        system,
        new Limits(options.maxStates(), options.timeout(), CheckOptions.Progress.NONE, threads));
  }

  @Benchmark
  public CheckReport everyAnalysis() {
    return Checker.check(agreement, Optional.empty(), options.withThreads(threads));
  }
}
