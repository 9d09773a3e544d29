package org.truce.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
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
    if (output.isEmpty() || Inputs.isStdin(output.get()) || isStandardOutput(output.get())) {
      out.print(text);
      return true;
    }
    String name = output.get();
    try {
      AtomicFiles.write(Path.of(name), text);
      return true;
    } catch (InvalidPathException e) {
      return report(name, cannotWrite(name, "it is not a valid path"), sink);
    } catch (IOException e) {
      return report(name, problem(name, e), sink);
    }
  }

  /**
   * Whether {@code name} is where standard output goes ({@code /dev/stdout}, or the file it is
   * redirected to): then the text goes through standard output, in order with what else is printed
   * there, rather than to a second opening of the same file.
   */
  static boolean isStandardOutput(String name) {
    try {
      Path path = Path.of(name);
      Path stdout = Path.of("/dev/fd/1");
      return Files.exists(path) && Files.exists(stdout) && Files.isSameFile(path, stdout);
    } catch (InvalidPathException | IOException | SecurityException e) {
      return false;
    }
  }

  /**
   * Why {@code name} could not be written, found by looking at the file system after the failure:
   * the exception alone confuses a missing folder with one where no file can be created.
   */
  public static Diagnostic problem(String name, IOException e) {
    Path target = Path.of(name).toAbsolutePath();
    if (Files.isDirectory(target)) {
      return Diagnostic.of(DiagnosticCode.OUTPUT_IS_DIRECTORY, Span.NONE, name, name);
    }
    Path folder = target.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      return cannotWrite(name, "its folder `" + folder + "` does not exist");
    }
    return switch (e) {
      case NoSuchFileException x -> cannotWrite(name, notWritable(folder));
      case AccessDeniedException x -> cannotWrite(name, notWritable(folder));
      case FileSystemException x
          when x.getReason() != null && x.getReason().contains("Read-only") ->
          cannotWrite(name, notWritable(folder));
      case FileSystemException x when x.getReason() != null ->
          cannotWrite(name, lowerFirst(x.getReason()));
      default -> cannotWrite(name, lowerFirst(String.valueOf(e.getMessage())));
    };
  }

  private static String notWritable(Path folder) {
    return "files cannot be created in its folder `" + folder + "`";
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static Diagnostic cannotWrite(String name, String reason) {
    return Diagnostic.of(DiagnosticCode.CANNOT_WRITE, Span.NONE, name, reason);
  }

  private static boolean report(String name, Diagnostic diagnostic, DiagnosticSink sink) {
    sink.report(new SourceText(name, ""), diagnostic);
    return false;
  }
}
