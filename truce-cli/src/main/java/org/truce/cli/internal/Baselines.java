package org.truce.cli.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.truce.check.baseline.Baseline;
import org.truce.check.baseline.BaselineReader;
import org.truce.model.Agreement;
import org.truce.source.Diagnostic;
import org.truce.source.LoadedSource;
import org.truce.source.SourceText;

/**
 * Finds and reads the baseline of accepted findings of one agreement: the one named with {@code
 * --baseline}, else {@code FILE.baseline} beside the agreement when it exists (standard input has
 * none beside it).
 */
public final class Baselines {
  private Baselines() {}

  /**
   * A baseline as read: its source (empty text when there is none yet) and every problem found
   * reading it or setting it against the agreement.
   */
  public record Loaded(
      Optional<String> path,
      SourceText source,
      Optional<Baseline> baseline,
      List<Diagnostic> problems) {
    public Loaded {
      problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
      return problems.stream().anyMatch(Diagnostic::isError);
    }

    public static Loaded none(Optional<String> path) {
      return new Loaded(path, new SourceText(path.orElse(""), ""), Optional.empty(), List.of());
    }
  }

  /** Where the baseline of {@code agreementFile} is, or would be written; empty for none. */
  public static Optional<String> path(String agreementFile, Optional<String> named) {
    if (named.isPresent()) {
      return named;
    }
    return Inputs.isStdin(agreementFile)
        ? Optional.empty()
        : Optional.of(agreementFile + Baseline.SUFFIX);
  }

  /**
   * Reads the baseline at {@code path}. One named with {@code --baseline} ({@code required}) must
   * exist unless it is about to be written; one beside the agreement is used when it exists.
   */
  public static Loaded load(
      Optional<String> path, boolean required, Agreement agreement, InputStream stdin) {
    if (path.isEmpty() || (!required && !exists(path.get()))) {
      return Loaded.none(path);
    }
    LoadedSource loaded = Inputs.load(path.get(), stdin);
    if (!loaded.ok()) {
      return new Loaded(
          path, loaded.source(), Optional.empty(), List.of(loaded.problem().orElseThrow()));
    }
    BaselineReader.Result read = BaselineReader.read(loaded.source());
    List<Diagnostic> problems = new ArrayList<>(read.diagnostics());
    problems.addAll(read.baseline().validate(agreement));
    problems.sort(Diagnostic.IN_SOURCE_ORDER);
    return new Loaded(path, loaded.source(), Optional.of(read.baseline()), problems);
  }

  private static boolean exists(String path) {
    try {
      return Files.exists(Path.of(path));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
