package org.truce.cli;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.truce.check.CheckOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of the search behind the analyses, shared by {@code check} and {@code diff}. */
public final class SearchOptions {
  @Option(
      names = "--adversary",
      paramLabel = "PARTY",
      description =
          "Let this party also breach any obligation: skip releases and counter-releases, and"
              + " end the truce without a right. The other parties still comply.")
  String adversary;

  @Option(
      names = "--max-states",
      paramLabel = "N",
      defaultValue = "" + CheckOptions.DEFAULT_MAX_STATES,
      description =
          "Stop exploring after this many states (default ${DEFAULT-VALUE}); the analyses then"
              + " say inconclusive, with what was explored.")
  long maxStates;

  @Option(
      names = "--timeout",
      paramLabel = "TIME",
      defaultValue = "5m",
      converter = TimeConverter.class,
      description =
          "Stop exploring after this long: seconds (`90`, `90s`) or minutes (`5m`)"
              + " (default ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that explore, then analyse, in parallel (default: one per processor). The"
              + " results are the same whatever the number.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--exact-amounts",
      description =
          "Explore every amount a release before its deadline may take, not only the amounts"
              + " the conditions of the text can tell apart. Slower; for cross-checking.")
  boolean exactAmounts;

  /** The checker's options, or empty after printing why {@code --max-states} is wrong. */
  Optional<CheckOptions> toOptions(List<String> only, String command, Io io) {
    if (maxStates < 1) {
      io.err().println("truce " + command + ": `--max-states` must be at least 1");
      return Optional.empty();
    }
    if (threads < 1 || threads > 256) {
      io.err().println("truce " + command + ": `--threads` must be from 1 to 256");
      return Optional.empty();
    }
    return Optional.of(
        new CheckOptions(
            Optional.ofNullable(adversary),
            only,
            maxStates,
            timeout,
            exactAmounts,
            CheckOptions.Progress.NONE,
            threads));
  }

  /** Reads {@code 90}, {@code 90s} or {@code 5m}; anything else is a usage error. */
  static final class TimeConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.trim();
      try {
        if (v.endsWith("m")) {
          return positive(Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1))));
        }
        String seconds = v.endsWith("s") ? v.substring(0, v.length() - 1) : v;
        return positive(Duration.ofSeconds(Long.parseLong(seconds)));
      } catch (NumberFormatException e) {
        throw new TypeConversionException(
            "`--timeout` takes seconds or minutes, e.g. `--timeout 90s` or `--timeout 5m`");
      }
    }

    private static Duration positive(Duration d) {
      if (d.isNegative() || d.isZero()) {
        throw new TypeConversionException("`--timeout` must be more than 0 seconds");
      }
      return d;
    }
  }
}
