package org.truce.cli.internal;

import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.LoadedSource;
import org.truce.source.SourceText;
import org.truce.source.Sources;
import org.truce.source.Span;

/**
 * Reads the inputs named on the command line. {@code -} is standard input. Every way an input can
 * be unreadable becomes a diagnostic (via {@link Sources}), never an exception.
 *
 * <p>Every input is bounded (docs/cli.md, "Inputs"): at most {@link Sources#MAX_BYTES}, whatever
 * the kind of file or stream; a device is refused; a pipe, standard input included, may send
 * nothing for at most {@link #waitForInput()} before truce gives up on it, except standard input
 * from a terminal, where a person types until Ctrl-D.
 */
public final class Inputs {
  /** The name standard input has in messages. */
  public static final String STDIN = "<stdin>";

  /** The environment variable that sets how many seconds a pipe may send nothing. */
  public static final String WAIT_VARIABLE = "TRUCE_INPUT_WAIT";

  private Inputs() {}

  public static boolean isStdin(String argument) {
    return "-".equals(argument);
  }

  public static LoadedSource load(String argument, InputStream stdin) {
    if (isStdin(argument)) {
      Optional<Duration> wait =
          stdin == System.in && Terminals.isTerminal(0)
              ? Optional.empty()
              : Optional.of(waitForInput());
      return Sources.read(stdin, STDIN, wait);
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      return unreadable(argument, "it is not a valid path");
    }
    return Sources.read(path, argument, waitForInput());
  }

  /**
   * How long a pipe may send nothing: {@value #WAIT_VARIABLE} seconds when set to a whole number of
   * at least 1, else {@link Sources#DEFAULT_WAIT}.
   */
  public static Duration waitForInput() {
    String value = System.getenv(WAIT_VARIABLE);
    if (value != null && value.strip().matches("[1-9][0-9]{0,8}")) {
      return Duration.ofSeconds(Long.parseLong(value.strip()));
    }
    return Sources.DEFAULT_WAIT;
  }

  private static LoadedSource unreadable(String name, String reason) {
    return new LoadedSource(
        new SourceText(name, ""),
        Optional.of(Diagnostic.of(DiagnosticCode.UNREADABLE, Span.NONE, name, reason)));
  }
}
