package org.truce.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
 */
public final class Inputs {
  /** The name standard input has in messages. */
  public static final String STDIN = "<stdin>";

  private Inputs() {}

  public static boolean isStdin(String argument) {
    return "-".equals(argument);
  }

  public static LoadedSource load(String argument, InputStream stdin) {
    if (isStdin(argument)) {
      try {
        // One byte more than allowed, so that an oversized input is reported, not truncated.
        byte[] bytes = stdin.readNBytes((int) Sources.MAX_BYTES + 1);
        return Sources.decode(bytes, STDIN);
      } catch (IOException e) {
        return unreadable(STDIN, String.valueOf(e.getMessage()));
      }
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      return unreadable(argument, "it is not a valid path");
    }
    return Sources.read(path, argument);
  }

  private static LoadedSource unreadable(String name, String reason) {
    return new LoadedSource(
        new SourceText(name, ""),
        Optional.of(Diagnostic.of(DiagnosticCode.UNREADABLE, Span.NONE, name, reason)));
  }
}
