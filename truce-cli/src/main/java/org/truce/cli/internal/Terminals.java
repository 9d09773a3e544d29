package org.truce.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.truce.source.FileKind;

/**
 * Whether one of the process's standard streams is a terminal. Java has no per-stream test before
 * JDK 22 ({@code System.console()} asks about standard input and output together), so the stream's
 * file is looked at: a terminal is a character device, and the few character devices that are not
 * terminals ({@code /dev/null}, {@code /dev/zero}, {@code /dev/full}) are named. Where the streams
 * have no file names ({@code /dev/fd} missing, not a POSIX system), standard input and output are
 * terminals when the JVM has a console, and standard error is when standard output is.
 */
public final class Terminals {
  private static final List<String> NOT_TERMINALS = List.of("/dev/null", "/dev/zero", "/dev/full");

  private Terminals() {}

  /** Whether file descriptor {@code fd} (0, 1 or 2) is a terminal. */
  public static boolean isTerminal(int fd) {
    Path stream = Path.of("/dev/fd/" + fd);
    try {
      if (!Files.exists(Path.of("/dev/fd"))) {
        return System.console() != null;
      }
      return isTerminal(stream);
    } catch (IOException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** Whether {@code path} (followed if a link) is a terminal. */
  public static boolean isTerminal(Path path) throws IOException {
    if (FileKind.of(path) != FileKind.CHARACTER_DEVICE) {
      return false;
    }
    for (String device : NOT_TERMINALS) {
      Path other = Path.of(device);
      if (Files.exists(other) && Files.isSameFile(path, other)) {
        return false;
      }
    }
    return true;
  }
}
