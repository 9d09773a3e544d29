package org.truce.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.truce.cli.internal.Terminals;
import org.truce.cli.internal.VisibleControls;

/**
 * The streams a command reads and writes, and the clock it reads "now" from. Runners take one
 * instead of touching {@code System.in}, {@code System.out}, {@code System.err} and the system
 * clock, so that tests can capture what a command prints and fix the moment. The clock is read for
 * its instant only: "now" and "today" are read in the agreement's zone, never the machine's.
 */
public record Io(InputStream in, PrintStream out, PrintStream err, Clock clock) {

  /** Streams with the system's clock (in UTC: only its instant is read). */
  public Io(InputStream in, PrintStream out, PrintStream err) {
    this(in, out, err, Clock.systemUTC());
  }

  /**
   * The process's own streams, in UTF-8 whatever the platform's default. A stream that is a
   * terminal shows control characters as escapes ({@link VisibleControls}): this is the one place
   * where every command's text reaches a terminal.
   */
  public static Io system() {
    return new Io(
        System.in,
        utf8(FileDescriptor.out, Terminals.isTerminal(1)),
        utf8(FileDescriptor.err, Terminals.isTerminal(2)));
  }

  /** Streams as {@link #system()} makes them, to a terminal or not, for tests. */
  public static PrintStream stream(OutputStream out, boolean terminal) {
    OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
    return new PrintStream(
        terminal ? new VisibleControls(buffered) : buffered, false, StandardCharsets.UTF_8);
  }

  private static PrintStream utf8(FileDescriptor fd, boolean terminal) {
    return stream(new FileOutputStream(fd), terminal);
  }

  public void flush() {
    out.flush();
    err.flush();
  }
}
