package org.truce.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The streams a command reads and writes. Runners take one instead of touching {@code System.in},
 * {@code System.out} and {@code System.err}, so that tests can capture what a command prints.
 */
public record Io(InputStream in, PrintStream out, PrintStream err) {

  /** The process's own streams, in UTF-8 whatever the platform's default. */
  public static Io system() {
    return new Io(System.in, utf8(FileDescriptor.out), utf8(FileDescriptor.err));
  }

  private static PrintStream utf8(FileDescriptor fd) {
    return new PrintStream(
        new BufferedOutputStream(new FileOutputStream(fd), 1 << 16), false, StandardCharsets.UTF_8);
  }

  public void flush() {
    out.flush();
    err.flush();
  }
}
