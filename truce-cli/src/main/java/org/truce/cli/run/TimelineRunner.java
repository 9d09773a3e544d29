package org.truce.cli.run;

import java.util.List;
import java.util.Optional;
import org.truce.cli.ExitCode;
import org.truce.cli.Io;
import org.truce.cli.internal.Agreements;
import org.truce.cli.internal.DiagnosticSink;
import org.truce.cli.internal.Outputs;
import org.truce.model.Phase;
import org.truce.render.timeline.TimelineJson;
import org.truce.render.timeline.TimelineMarkdown;
import org.truce.render.timeline.TimelineText;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineBuilder;

/**
 * {@code truce timeline}: the day-by-day schedule when every party keeps every obligation, with the
 * choices the text leaves open (extensions, talks) fixed by the options (docs/timeline.md).
 */
public final class TimelineRunner {
  private TimelineRunner() {}

  public static int run(TimelineRunOptions options, Io io) {
    if (options.horizonDays() < 1) {
      io.err().println("truce timeline: `--horizon` must be at least 1 day");
      return ExitCode.BAD_INPUT;
    }
    for (var entry : options.extensionDays().entrySet()) {
      if (entry.getValue() < 0) {
        io.err()
            .println(
                "truce timeline: `--extend "
                    + entry.getKey()
                    + "="
                    + entry.getValue()
                    + "` takes a negative number of days; give 0 or more");
        return ExitCode.BAD_INPUT;
      }
    }
    DiagnosticSink sink = new DiagnosticSink(options.errorFormat(), io.err());
    Optional<Agreements.Loaded> loaded = Agreements.load(options.file(), io.in(), sink);
    boolean ok = false;
    if (loaded.isPresent()) {
      Optional<String> unknown = unknownPhase(loaded.get(), options);
      if (unknown.isPresent()) {
        sink.finish();
        io.err().println(unknown.get());
        return ExitCode.BAD_INPUT;
      }
      Timeline timeline =
          TimelineBuilder.build(loaded.get().agreement(), options.timelineOptions());
      ok = Outputs.emit(options.output(), render(timeline, options), io.out(), sink);
    }
    sink.finish();
    return ok ? ExitCode.OK : ExitCode.BAD_INPUT;
  }

  static String render(Timeline timeline, TimelineRunOptions options) {
    if (options.json()) {
      return TimelineJson.render(timeline);
    }
    return switch (options.format()) {
      case TEXT -> TimelineText.render(timeline);
      case MD -> TimelineMarkdown.render(timeline);
    };
  }

  /** A message when {@code --extend} names a phase the agreement does not have. */
  private static Optional<String> unknownPhase(
      Agreements.Loaded loaded, TimelineRunOptions options) {
    List<String> phases = loaded.agreement().phases().stream().map(Phase::name).toList();
    return options.extensionDays().keySet().stream()
        .filter(name -> !phases.contains(name))
        .sorted()
        .findFirst()
        .map(
            name ->
                "truce timeline: `--extend "
                    + name
                    + "=...` names no phase of "
                    + options.file()
                    + "; its phases are "
                    + String.join(", ", phases.stream().map(p -> "`" + p + "`").toList()));
  }
}
