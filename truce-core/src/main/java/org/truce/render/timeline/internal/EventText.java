package org.truce.render.timeline.internal;

import java.util.stream.Collectors;
import org.truce.model.Category;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineEvent;
import org.truce.timeline.TimelineEvent.Part;
import org.truce.timeline.TimelineEvent.Timing;
import org.truce.vocabulary.TalkState;

/** One plain sentence per timeline event, shared by the text and Markdown renderings. */
public final class EventText {
  private EventText() {}

  /**
   * The sentence, followed by the clause that requires it in brackets when the clause is tagged.
   */
  public static String of(TimelineEvent event, Timeline.Day day) {
    String sentence = sentence(event, day);
    String clause =
        switch (event) {
          case TimelineEvent.HostilitiesSet e -> Words.clause(e.ref());
          case TimelineEvent.ExtensionDay e -> Words.clause(e.ref());
          case TimelineEvent.Released e -> Words.clause(e.ref());
          case TimelineEvent.CounterReleased e -> Words.clause(e.ref());
          case TimelineEvent.Delivered e -> Words.clause(e.ref());
          case TimelineEvent.Due e -> Words.clause(e.ref());
          case TimelineEvent.TalksBegin e -> Words.clause(e.ref());
          default -> "";
        };
    return clause.isEmpty() ? sentence : sentence + " [" + clause + "]";
  }

  private static String sentence(TimelineEvent event, Timeline.Day day) {
    return switch (event) {
      case TimelineEvent.PhaseStarted e ->
          "phase " + e.phase() + " begins" + e.title().map(t -> ": " + t).orElse("");
      case TimelineEvent.PhaseEnded e ->
          switch (e.end()) {
            case CONDITION -> "phase " + e.phase() + " ends as its end condition holds";
            default -> "phase " + e.phase() + " ends after " + Words.days(e.phaseDays());
          };
      case TimelineEvent.HostilitiesSet e -> "hostilities " + Words.lower(e.state());
      case TimelineEvent.ExtensionDay e -> "extension day " + e.number() + " of phase " + e.phase();
      case TimelineEvent.Released e ->
          e.party()
              + " releases "
              + (e.allRemaining() ? "all remaining " : "")
              + e.count()
              + " "
              + e.category()
              + parts(e.category(), e.parts())
              + timing(e.timing(), e.phase(), day)
              + shortfall(e.due(), e.count());
      case TimelineEvent.CounterReleased e when e.lump() ->
          "%s releases %d %s%s: the lump for the %d %s, complete on day %d%s"
              .formatted(
                  e.party(),
                  e.count(),
                  e.category(),
                  parts(e.category(), e.parts()),
                  e.group(),
                  e.unitCategory(),
                  e.answersDay(),
                  shortfall(e.due(), e.count()));
      case TimelineEvent.CounterReleased e ->
          "%s releases %d %s%s: %d per %s released, for %d released on day %d%s"
              .formatted(
                  e.party(),
                  e.count(),
                  e.category(),
                  parts(e.category(), e.parts()),
                  e.perUnit(),
                  e.unitCategory(),
                  e.units(),
                  e.answersDay(),
                  shortfall(e.due(), e.count()));
      case TimelineEvent.Delivered e ->
          e.party()
              + " "
              + Words.lower(e.verb())
              + " "
              + e.amount()
              + " "
              + e.what()
              + subQuotas(e);
      case TimelineEvent.Due e ->
          switch (e.kind()) {
                case WITHDRAWAL -> e.party() + " withdraws from \"" + e.what() + "\"";
                case UNDERTAKING -> e.party() + " undertakes \"" + e.what() + "\"";
              }
              + timing(e.timing(), e.phase(), day);
      case TimelineEvent.TalksBegin e ->
          "talks on " + e.onPhase() + " begin (by day " + e.byDay() + " of " + e.phase() + ")";
      case TimelineEvent.TalksEnd e ->
          e.state() == TalkState.AGREED
              ? "talks on " + e.onPhase() + " are agreed"
              : "talks on " + e.onPhase() + " end " + Words.lower(e.state()) + ", not agreed";
    };
  }

  private static String parts(Category named, java.util.List<Part> parts) {
    if (parts.isEmpty() || (parts.size() == 1 && parts.getFirst().category().equals(named))) {
      return "";
    }
    return parts.stream()
        .map(p -> p.count() + " " + p.category())
        .collect(Collectors.joining(", ", " (", ")"));
  }

  private static String shortfall(long due, long count) {
    return due > count ? " (" + due + " due, only " + count + " held)" : "";
  }

  private static String timing(Timing timing, String phase, Timeline.Day day) {
    long phaseDay =
        day.phases().stream()
            .filter(p -> p.phase().equals(phase))
            .mapToLong(Timeline.PhaseDay::phaseDay)
            .findFirst()
            .orElse(0);
    return switch (timing) {
      case ON_DAY -> ", on day " + phaseDay + " of " + phase;
      case BY_DAY -> ", by day " + phaseDay + " of " + phase + " (the latest compliant day)";
      case BATCH -> ", scheduled batch (day " + phaseDay + " of " + phase + ")";
      case PHASE_END -> ", by the end of " + phase + " (its last day)";
      case EXTENSION -> ", with the extension";
      case IN_FORCE -> ", from the first day of " + phase;
      case FROM_DAY -> ", in force from day " + phaseDay + " of " + phase;
      case BY_AGREEMENT_DAY ->
          phaseDay == 0
              ? ", by day "
                  + day.day()
                  + " of the agreement (the latest compliant day), after "
                  + phase
                  + " ended"
              : ", by day " + day.day() + " of the agreement (the latest compliant day)";
      case LONG_STOP ->
          ", by day "
              + phaseDay
              + " of "
              + phase
              + " (the long stop of a best-effort release: the latest compliant day)";
      case WINDOW ->
          ", by day "
              + phaseDay
              + " of "
              + phase
              + " (the last day of a release window: the latest compliant day)";
      case AFTER_TRIGGER ->
          (phaseDay == 0 ? ", after " + phase + " ended" : ", on day " + phaseDay + " of " + phase)
              + " (the last day of the period after its trigger: the latest compliant day)";
    };
  }

  /**
   * ", of which at least 50 aid.truck.fuel and at least 300 "to the north"" on a rate's day; on the
   * day a total is made whole, "; with it at least ... of the 100 in all".
   */
  private static String subQuotas(TimelineEvent.Delivered e) {
    if (e.ofWhich().isEmpty()) {
      return "";
    }
    String parts =
        e.ofWhich().stream()
            .map(part -> "at least " + part.amount() + " " + part.label())
            .collect(java.util.stream.Collectors.joining(" and "));
    return e.ofAmount() == e.amount()
        ? ", of which " + parts
        : "; with it, " + parts + " of the " + e.ofAmount() + " in all";
  }
}
