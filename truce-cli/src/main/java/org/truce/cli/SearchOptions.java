package org.truce.cli;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.truce.check.CheckOptions;
import org.truce.cli.CodedCommand.Value;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of the search behind the analyses, shared by {@code check} and {@code diff}; their
 * models are built in code ({@link CodedCommand}).
 */
final class SearchOptions {
  private final Value<String> adversary = new Value<>(null);
  private final Value<Long> maxStates = new Value<>(CheckOptions.DEFAULT_MAX_STATES);
  private final Value<Duration> timeout = new Value<>(null);
  private final Value<Integer> threads = new Value<>(Runtime.getRuntime().availableProcessors());
  private final Value<Boolean> exactAmounts = new Value<>(false);

  /** Adds these options to a command's model. */
  void addTo(CommandSpec spec) {
    spec.addOption(
        CodedCommand.option(adversary, String.class, "PARTY", "--adversary")
            .description(
                "Let this party also breach any obligation: skip releases and counter-releases,"
                    + " and end the truce without a right. The other parties still comply.")
            .build());
    spec.addOption(
        CodedCommand.option(maxStates, long.class, "N", "--max-states")
            .defaultValue("" + CheckOptions.DEFAULT_MAX_STATES)
            .description(
                "Stop exploring after this many states (default ${DEFAULT-VALUE}); the analyses"
                    + " then say inconclusive, with what was explored.")
            .build());
    spec.addOption(
        CodedCommand.option(timeout, Duration.class, "TIME", "--timeout")
            .defaultValue("5m")
            .converters(new TimeConverter())
            .description(
                "Stop exploring after this long: seconds (`90`, `90s`) or minutes (`5m`)"
                    + " (default ${DEFAULT-VALUE}).")
            .build());
    spec.addOption(
        CodedCommand.option(threads, int.class, "N", "--threads")
            .description(
                "Threads that explore, then analyse, in parallel (default: one per processor)."
                    + " The results are the same whatever the number.")
            .build());
    spec.addOption(
        CodedCommand.flag(exactAmounts, "--exact-amounts")
            .description(
                "Explore every amount a release before its deadline may take, not only the"
                    + " amounts the conditions of the text can tell apart. Slower; for"
                    + " cross-checking.")
            .build());
  }

  /** The checker's options, or empty after printing why {@code --max-states} is wrong. */
  Optional<CheckOptions> toOptions(List<String> only, String command, Io io) {
    long maxStates = this.maxStates.value();
    int threads = this.threads.value();
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
            Optional.ofNullable(adversary.value()),
            only,
            maxStates,
            timeout.value(),
            exactAmounts.value(),
            CheckOptions.Progress.NONE,
            threads));
  }

  /** Reads {@code 90}, {@code 90s} or {@code 5m}; anything else is a usage error. */
  static final class TimeConverter implements ITypeConverter<Duration> {
    private static final Duration LONGEST = Duration.ofDays(365);

    @Override
    public Duration convert(String value) {
      String v = value.trim();
      try {
        if (v.endsWith("m")) {
          return positive(Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1))));
        }
        String seconds = v.endsWith("s") ? v.substring(0, v.length() - 1) : v;
        return positive(Duration.ofSeconds(Long.parseLong(seconds)));
      } catch (NumberFormatException | ArithmeticException e) {
        throw new TypeConversionException(
            "`--timeout` takes seconds or minutes, e.g. `--timeout 90s` or `--timeout 5m`");
      }
    }

    private static Duration positive(Duration d) {
      if (d.isNegative() || d.isZero()) {
        throw new TypeConversionException("`--timeout` must be more than 0 seconds");
      }
      // The checker counts its budget in nanoseconds (at most 292 years in a long).
      if (d.compareTo(LONGEST) > 0) {
        throw new TypeConversionException("`--timeout` must be at most a year (`525600m`)");
      }
      return d;
    }
  }
}
