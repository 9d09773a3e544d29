package org.truce.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.truce.cli.run.TimelineFormat;
import org.truce.cli.run.TimelineRunOptions;
import org.truce.cli.run.TimelineRunner;
import org.truce.timeline.TimelineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code truce timeline FILE [OPTIONS]}. */
@Command(
    name = "timeline",
    header = "Compute the day-by-day schedule of an agreement.",
    sortOptions = false,
    description = {
      "Compute the day-by-day schedule of an agreement when every party keeps every obligation:"
          + " phase dates, releases, ratios and running totals; see docs/timeline.md. The choices"
          + " the text leaves open (extensions, the outcome of talks) are fixed by the options.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  truce timeline examples/november-2023.truce",
      "  truce timeline examples/november-2023.truce --extend pause=3",
      "  truce timeline examples/framework-2024-proposal.truce --talks stalled",
      "  truce timeline examples/framework-2024-proposal.truce --json -o timeline.json"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:written",
      "2:the agreement has errors or cannot be read, an option names no phase, the output"
          + " cannot be written, or bad usage",
      "3:internal error"
    })
public final class TimelineCommand implements Callable<Integer> {
  private final Io io;

  @Mixin HelpOption help;

  @Option(
      names = "--format",
      paramLabel = "text|md",
      defaultValue = "text",
      description = "Plain text for a terminal (`text`, default) or Markdown tables (`md`).")
  TimelineFormat format = TimelineFormat.TEXT;

  @Option(
      names = "--json",
      description = "Print the timeline as JSON (docs/timeline.md) instead of text.")
  boolean json;

  @Option(
      names = "--extend",
      paramLabel = "PHASE=DAYS",
      converter = ExtensionConverter.class,
      description =
          "Take DAYS extension days in PHASE (repeatable; default none). The text's own cap"
              + " and conditions still apply; repeated days for one phase add up.")
  List<Extension> extend = new ArrayList<>();

  @Option(
      names = "--talks",
      paramLabel = "agreed|stalled",
      defaultValue = "agreed",
      description =
          "How the talks turn out: progress and agreed when their phase ends (`agreed`,"
              + " default), or stalled and never agreed (`stalled`).")
  TimelineOptions.TalksOutcome talks = TimelineOptions.TalksOutcome.AGREED;

  @Option(
      names = "--horizon",
      paramLabel = "DAYS",
      defaultValue = "" + TimelineOptions.DEFAULT_HORIZON_DAYS,
      description = "Stop after this day at the latest (default ${DEFAULT-VALUE}).")
  long horizon = TimelineOptions.DEFAULT_HORIZON_DAYS;

  @Mixin OutputOption output;

  @Mixin ErrorFormatOption errorFormat;

  @Mixin AgreementFileParameter file;

  public TimelineCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    return TimelineRunner.run(
        new TimelineRunOptions(
            file.get(),
            format,
            json,
            extensionDays(),
            talks,
            horizon,
            output.get(),
            errorFormat.get()),
        io);
  }

  /** The days per phase: repeated values for one phase add up (docs/timeline.md). */
  Map<String, Long> extensionDays() {
    Map<String, Long> days = new LinkedHashMap<>();
    for (Extension e : extend) {
      days.merge(e.phase(), e.days(), Long::sum);
    }
    return days;
  }

  /** One {@code --extend PHASE=DAYS}. */
  record Extension(String phase, long days) {}

  /** Reads {@code PHASE=DAYS}; a wrong shape is a usage error in the user's terms. */
  static final class ExtensionConverter implements ITypeConverter<Extension> {
    static final String SHAPE = "`--extend` takes PHASE=DAYS, e.g. `--extend pause=3`";

    @Override
    public Extension convert(String value) {
      int eq = value.indexOf('=');
      if (eq <= 0) {
        throw new TypeConversionException(SHAPE);
      }
      try {
        return new Extension(value.substring(0, eq), Long.parseLong(value.substring(eq + 1)));
      } catch (NumberFormatException e) {
        throw new TypeConversionException(SHAPE);
      }
    }
  }
}
