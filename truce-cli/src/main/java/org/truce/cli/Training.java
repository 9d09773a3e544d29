package org.truce.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.truce.cli.internal.Terminals;

/**
 * The training run the launcher makes after each build: the commands people type most, in one JVM,
 * so that the AOT cache (or class-data archive) written at its exit holds their classes and method
 * profiles: a check of every bundled example in text and JSON, verdicts only, with each party as
 * the adversary, then the other commands. `truce demo` alone left out the JSON output and the
 * adversary's search: a `check --json` then started about 0.15 s slower (docs/benchmarks.md). Not a
 * command: the launcher runs {@code java -cp truce.jar org.truce.cli.Training}; it prints nothing
 * and exits 0 unless a command failed in a way no bundled example should.
 */
public final class Training {
  /**
   * Every bundled example with its parties, in the order of {@code examples/}: each is checked with
   * the default options in text and JSON, and with each party as the adversary, so that what a
   * user's first check of an example runs is in the cache ({@code TrainingTest} keeps this list
   * equal to the folder). The first three are also used by the other commands below.
   */
  static final List<Example> EXAMPLES =
      List.of(
          new Example("november-2023.truce", "israel", "hamas"),
          new Example("framework-2024-proposal.truce", "israel", "hamas"),
          new Example("framework-2024-counterproposal.truce", "israel", "hamas"),
          new Example("lebanon-2024.truce", "israel", "lebanon"),
          new Example("lebanon-2024-extended.truce", "israel", "lebanon"),
          new Example("lebanon-2024-extended-expiry-reading.truce", "israel", "lebanon"),
          new Example("lebanon-2024-side-letter-axios.truce", "israel", "lebanon"),
          new Example("ukraine-russia-2025-may.truce", "russia", "ukraine"),
          new Example("ukraine-russia-2025-june.truce", "russia", "ukraine"),
          new Example("ukraine-russia-2025-june-russian-reading.truce", "russia", "ukraine"));

  /** A bundled example (its file name in {@code examples/}) and the parties it declares. */
  record Example(String file, String... parties) {}

  /** The bundled journal of the 2024 talks, among the jar's resources. */
  private static final String JOURNAL = "org/truce/examples/dossier-2024/talks-2024.journal";

  /** The bundled events of the 2023 pause, among the jar's resources. */
  private static final String EVENTS = "org/truce/examples/pause-2023/events-2023.journal";

  private Training() {}

  public static void main(String[] args) throws IOException {
    // Violated analyses exit 1, as they should; 2 or 3 would mean the training itself broke.
    int worst = train();
    System.exit(worst >= 2 ? worst : 0);
  }

  /** Runs the commands on copies of the bundled examples; returns the highest exit code. */
  static int train() throws IOException {
    return train(Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** {@link #train()}, its working folder made in {@code parent} (tests give their own). */
  static int train(Path parent) throws IOException {
    Path dir = Files.createTempDirectory(parent, "truce-training");
    try {
      // What Main.main does around Main.run: asks whether its streams are terminals, and how to
      // exit. Their classes would otherwise be loaded from the jar and the JDK on every start.
      Terminals.isTerminal(1);
      Main.recordingFlight();
      List<String> files = new ArrayList<>();
      int worst = run("demo");
      for (Example example : EXAMPLES) {
        String file = copy(example.file(), dir).toString();
        files.add(file);
        worst = Math.max(worst, checks(file, example.parties()));
      }
      String november = files.get(0);
      String proposal = files.get(1);
      String counter = files.get(2);
      return Stream.of(
              worst,
              run("check", "--json", november, proposal, counter),
              run("diff", "--json", proposal, counter),
              run("timeline", "--json", november),
              dossier(dir, proposal, counter),
              monitor(dir, november))
          .max(Integer::compare)
          .orElse(0);
    } finally {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(Training::delete);
      }
    }
  }

  /**
   * {@code truce check} of one file as users run it: text and JSON, verdicts only (all of them, and
   * those of a few analyses, the depth-first probe's path), then each party adversary.
   */
  private static int checks(String file, String... parties) {
    int worst = Math.max(run("check", file), run("check", "--json", file));
    worst = Math.max(worst, run("check", "--verdicts", file));
    worst = Math.max(worst, run("check", "--json", "--only", "completes,exposure", file));
    for (int i = 0; i < parties.length; i++) {
      // Each party once, alternately in text and JSON: the search is the same in both.
      worst =
          Math.max(
              worst,
              i % 2 == 0
                  ? run("check", "--adversary", parties[i], file)
                  : run("check", "--json", "--adversary", parties[i], file));
    }
    return worst;
  }

  /** A dossier of the two 2024 versions and the bundled journal: import, then every reader. */
  private static int dossier(Path dir, String proposal, String counter) throws IOException {
    Path dossier = dir.resolve("dossier");
    Files.createDirectories(dossier);
    Files.copy(Path.of(proposal), dossier.resolve("proposal.truce"));
    Files.copy(Path.of(counter), dossier.resolve("counterproposal.truce"));
    Path journal = resource(JOURNAL, dir.resolve("talks-2024.journal"));
    String at = dossier.toString();
    return Stream.of(
            run("dossier", "init", at),
            run("log", "import", journal.toString(), "-d", at),
            run("positions", "-d", at),
            run("sticking-points", "-d", at, "--json"),
            run("chronology", "-d", at, "--format", "md"),
            run("sources", "-d", at),
            run("versions", "-d", at))
        .max(Integer::compare)
        .orElse(0);
  }

  /** A dossier of the 2023 pause and its bundled events: import, then the monitor's commands. */
  private static int monitor(Path dir, String november) throws IOException {
    Path dossier = dir.resolve("pause");
    Files.createDirectories(dossier);
    Files.copy(Path.of(november), dossier.resolve("november-2023.truce"));
    Path events = resource(EVENTS, dir.resolve("events-2023.journal"));
    String at = dossier.toString();
    return Stream.of(
            run("log", "import", events.toString(), "-d", at),
            run("status", "-d", at, "--at", "2023-12-01"),
            run("status", "-d", at, "--at", "2023-11-30T12:00", "--json"),
            run("tally", "-d", at),
            run("report", "-d", at, "--format", "html"),
            run("ledger", "verify", "-d", at))
        .max(Integer::compare)
        .orElse(0);
  }

  /** Copies the jar's resource {@code name} to {@code file}. */
  private static Path resource(String name, Path file) throws IOException {
    try (InputStream in = Training.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no bundled resource " + name);
      }
      Files.copy(in, file);
    }
    return file;
  }

  private static int run(String... args) {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    return Main.run(args, new Io(new ByteArrayInputStream(new byte[0]), nowhere, nowhere));
  }

  private static Path copy(String name, Path dir) throws IOException {
    try (InputStream in = Training.class.getResourceAsStream("/org/truce/examples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no bundled example " + name);
      }
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
