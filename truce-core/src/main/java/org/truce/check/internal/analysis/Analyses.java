package org.truce.check.internal.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.truce.check.Analysis;
import org.truce.check.CheckOptions;
import org.truce.check.Verdict;
import org.truce.check.internal.explore.Graph;
import org.truce.check.internal.explore.Workers;
import org.truce.model.Requirement;
import org.truce.model.SourceMap;

/** Runs the analyses asked for over one explored graph; their results come in a fixed order. */
public final class Analyses {
  private Analyses() {}

  /**
   * Runs the analyses; those that need more than {@code deadline} ({@link System#nanoTime}) say
   * inconclusive. With more than one thread, and memory for two analyses at once, they run in
   * parallel, each with a context of its own (a context's day step is not thread-safe); the results
   * come in the same fixed order either way, and do not depend on the threads.
   */
  public static List<Analysis> run(
      Graph graph, Optional<SourceMap> sources, CheckOptions options, long deadline) {
    // The context of the analyses when they run one after the other.
    Context context = new Context(graph, sources, deadline);
    List<Task> tasks = new ArrayList<>();
    if (options.wants("well-formed")) {
      tasks.add(new Task("well-formed", WellFormed::run));
    }
    if (options.wants("completes")) {
      tasks.add(new Task("completes", Completes::run));
    }
    if (options.wants("deadlock")) {
      tasks.add(new Task("deadlock", Deadlocks::run));
    }
    for (String party : context.parties()) {
      String exposure = "exposure(" + party + ")";
      if (options.wants(exposure)) {
        tasks.add(new Task(exposure, c -> ExposureAnalysis.run(c, party)));
      }
    }
    if (options.wants("indefinite-truce")) {
      tasks.add(new Task("indefinite-truce", IndefiniteTruce::run));
    }
    List<Requirement> requirements = graph.system().agreement().requirements();
    for (int i = 0; i < requirements.size(); i++) {
      String name = Requirements.name(requirements.get(i), i);
      if (options.wants(name) || options.wants("require")) {
        Requirement requirement = requirements.get(i);
        int place = i;
        tasks.add(new Task(name, c -> Requirements.run(c, requirement, place)));
      }
    }
    int threads = Math.min(options.threads(), tasks.size());
    if (threads < 2 || !roomForTwo(graph)) {
      List<Analysis> results = new ArrayList<>();
      for (Task task : tasks) {
        results.add(task.run(context));
      }
      return results;
    }
    return inParallel(tasks, () -> new Context(graph, sources, deadline), threads, deadline);
  }

  /** One analysis to run, by name. */
  private record Task(String name, Function<Context, Analysis> analysis) {
    Analysis run(Context c) {
      return guarded(name, c.deadline, () -> analysis.apply(c));
    }

    /**
     * True for the analyses that read every state or solve a game: started first in parallel, so
     * that the quick ones fill in beside them instead of leaving one long analysis to run alone.
     */
    boolean slow() {
      return name.equals("indefinite-truce")
          || name.equals("completes")
          || name.startsWith("exposure(");
    }
  }

  /**
   * Runs the tasks on {@code threads} threads, each with a context of its own, built once per
   * thread (a context per task cost as much as the text for each of its 100,000 requirements); a
   * task that would start past {@code deadline} is inconclusive without one.
   */
  private static List<Analysis> inParallel(
      List<Task> tasks, Supplier<Context> contexts, int threads, long deadline) {
    ExecutorService pool = Workers.pool(threads, "truce-analysis");
    ThreadLocal<Context> perThread = ThreadLocal.withInitial(contexts);
    try {
      List<Future<Analysis>> futures = new ArrayList<>(Collections.nCopies(tasks.size(), null));
      for (boolean slowOnes : new boolean[] {true, false}) {
        for (int i = 0; i < tasks.size(); i++) {
          Task task = tasks.get(i);
          if (task.slow() == slowOnes) {
            futures.set(
                i,
                pool.submit(
                    () ->
                        System.nanoTime() > deadline
                            ? outOfTime(task.name())
                            : task.run(perThread.get())));
          }
        }
      }
      List<Analysis> results = new ArrayList<>();
      for (Future<Analysis> f : futures) {
        try {
          results.add(f.get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("the analyses were interrupted", e);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw new IllegalStateException("an analysis failed", e.getCause());
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * True when the heap has room for two analyses at once. The largest hold an int and a few bits a
   * state (a lasso search, {@link Cycles}) or a char and a few bits (exposure, {@link UnitsOrder}):
   * 12 bytes a state leaves room for their stacks (docs/decisions/0035).
   */
  private static boolean roomForTwo(Graph graph) {
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    long oneAnalysis = 12L * graph.size();
    return 2 * oneAnalysis < free / 2;
  }

  /**
   * Runs one analysis; one that runs out of memory is inconclusive, and the next analyses still
   * run: what it held is garbage again, and the others may need less.
   */
  private static Analysis guarded(String name, long deadline, Supplier<Analysis> analysis) {
    if (System.nanoTime() > deadline) {
      return outOfTime(name);
    }
    try {
      return analysis.get();
    } catch (Attractor.OutOfTime e) {
      return outOfTime(name);
    } catch (OutOfMemoryError e) {
      return new Analysis(
          name,
          Verdict.INCONCLUSIVE,
          OptionalLong.empty(),
          "not decided: the memory ran out during this analysis (give the JVM more, e.g."
              + " TRUCE_JAVA_OPTS=-Xmx8g, or run it alone with --only)",
          Map.of(),
          Optional.empty());
    }
  }

  /** An analysis the time allowed (--timeout) ran out before or during. */
  private static Analysis outOfTime(String name) {
    return new Analysis(
        name,
        Verdict.INCONCLUSIVE,
        OptionalLong.empty(),
        "not decided: the time allowed ran out before this analysis could end (raise --timeout)",
        Map.of(),
        Optional.empty());
  }

  /** Every analysis name the text has, in the order they run. */
  public static List<String> names(org.truce.model.Agreement agreement) {
    List<String> names = new ArrayList<>(List.of("well-formed", "completes", "deadlock"));
    agreement.actors().stream()
        .filter(a -> a.has(org.truce.vocabulary.Role.PARTY))
        .forEach(a -> names.add("exposure(" + a.name() + ")"));
    names.add("indefinite-truce");
    if (DeadClauses.applies(agreement)) {
      names.add(DeadClauses.NAME);
    }
    for (int i = 0; i < agreement.requirements().size(); i++) {
      names.add(Requirements.name(agreement.requirements().get(i), i));
    }
    return names;
  }
}
