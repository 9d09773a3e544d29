package org.truce.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.truce.source.Diagnostic;
import org.truce.source.DiagnosticCode;
import org.truce.source.SourceText;
import org.truce.source.Span;

/** Sends a command's result to standard output or, with {@code -o FILE}, atomically to a file. */
public final class Outputs {
  private Outputs() {}

  /**
   * Writes {@code text}; returns false after reporting a diagnostic when the file is unwritable.
   */
  public static boolean emit(
      Optional<String> output, String text, PrintStream out, DiagnosticSink sink) {
    if (output.isEmpty() || Inputs.isStdin(output.get())) {
      out.print(text);
      return true;
    }
    String name = output.get();
    try {
      AtomicFiles.write(Path.of(name), text);
      return true;
    } catch (InvalidPathException e) {
      return cannotWrite(name, "it is not a valid path", sink);
    } catch (IOException e) {
      return cannotWrite(name, reason(e), sink);
    }
  }

  public static String reason(IOException e) {
    return switch (e) {
      case java.nio.file.NoSuchFileException x -> "its folder does not exist";
      case java.nio.file.AccessDeniedException x -> "permission denied";
      case java.nio.file.FileSystemException x when x.getReason() != null -> x.getReason();
      default -> String.valueOf(e.getMessage());
    };
  }

  private static boolean cannotWrite(String name, String reason, DiagnosticSink sink) {
    sink.report(
        new SourceText(name, ""),
        Diagnostic.of(DiagnosticCode.CANNOT_WRITE, Span.NONE, name, reason));
    return false;
  }
}
