package org.truce.cli.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.truce.check.CheckOptions;

/**
 * The progress line a long search prints on a terminal's standard error, rewritten in place, and
 * cleared when the search ends so that it never mixes with the report.
 */
public final class Progress implements CheckOptions.Progress {
  private final PrintStream err;
  private final String file;
  private boolean shown;

  public Progress(PrintStream err, String file) {
    this.err = err;
    this.file = file;
  }

  @Override
  public synchronized void report(long states, long depth, Duration elapsed) {
    err.printf(
        Locale.ROOT,
        "\r%s: exploring, %,d states, day %d, %d s ",
        file,
        states,
        depth,
        elapsed.toSeconds());
    err.flush();
    shown = true;
  }

  public synchronized void clear() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
