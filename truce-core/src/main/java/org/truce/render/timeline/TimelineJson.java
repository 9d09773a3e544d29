package org.truce.render.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.truce.model.Counts;
import org.truce.render.timeline.internal.EventJson;
import org.truce.render.timeline.internal.Words;
import org.truce.source.JsonLayout;
import org.truce.timeline.Timeline;
import org.truce.timeline.TimelineNote;
import org.truce.vocabulary.Pace;

/**
 * The timeline as JSON, in the shape documented in docs/timeline.md. Field names are part of the
 * interface: they are written here one by one, never derived from Java names, so that renaming a
 * record component cannot change the output.
 */
public final class TimelineJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TimelineJson() {}

  public static String render(Timeline timeline) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", "truce-timeline/1");
    root.put("title", timeline.title());
    putOptional(root, "startDate", timeline.startDate().map(String::valueOf));
    timeline.clock().flatMap(c -> c.zone()).ifPresent(z -> root.put("zone", z.getId()));
    root.set("options", options(timeline));
    ArrayNode phases = root.putArray("phases");
    timeline.phases().forEach(run -> phases.add(phase(run)));
    ArrayNode days = root.putArray("days");
    timeline.days().forEach(day -> days.add(day(timeline, day)));
    ObjectNode totals = root.putObject("totals");
    totals.put("lastDay", timeline.totals().lastDay());
    totals.set("released", tallies(timeline.totals().released()));
    totals.set("held", tallies(timeline.totals().held()));
    ArrayNode notes = root.putArray("notes");
    timeline.notes().forEach(note -> notes.add(note(note)));
    ObjectNode ending = root.putObject("ending");
    ending.put("kind", Words.lower(timeline.ending().kind()));
    ending.put("lastDay", timeline.ending().lastDay());
    putOptional(ending, "phase", timeline.ending().phase());
    ending.put("reason", timeline.ending().reason());
    return write(root);
  }

  private static ObjectNode options(Timeline timeline) {
    ObjectNode options = MAPPER.createObjectNode();
    options.put("talks", Words.lower(timeline.options().talks()));
    ObjectNode extensions = options.putObject("extensionDays");
    timeline.options().extensionDays().forEach(extensions::put);
    options.put("horizonDays", timeline.options().horizonDays());
    return options;
  }

  private static ObjectNode phase(Timeline.PhaseRun run) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", run.name());
    putOptional(node, "title", run.title());
    node.put("startDay", run.startDay());
    putOptionalNumber(node, "endDay", run.endDay());
    putOptionalNumber(node, "lengthDays", run.lengthDays());
    node.put("extensionDays", run.extensionDays());
    putOptional(node, "startDate", run.startDate().map(String::valueOf));
    putOptional(node, "endDate", run.endDate().map(String::valueOf));
    node.put("end", Words.lower(run.end()));
    return node;
  }

  private static ObjectNode day(Timeline timeline, Timeline.Day day) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("day", day.day());
    putOptional(node, "date", day.date().map(String::valueOf));
    // only when the text gives hours, so that texts without them keep their form
    timeline
        .clock()
        .ifPresent(
            c ->
                node.put(
                    "ends",
                    c.zone().isPresent()
                        ? c.end(day.day()).toOffsetDateTime().toString()
                        : c.end(day.day()).toLocalDateTime().toString()));
    ArrayNode phases = node.putArray("phases");
    for (Timeline.PhaseDay phaseDay : day.phases()) {
      ObjectNode p = phases.addObject();
      p.put("phase", phaseDay.phase());
      p.put("phaseDay", phaseDay.phaseDay());
      p.put("extension", phaseDay.extension());
    }
    node.put("hostilities", Words.lower(day.hostilities()));
    ArrayNode talks = node.putArray("talks");
    for (Timeline.Talks t : day.talks()) {
      ObjectNode talk = talks.addObject();
      talk.put("on", t.onPhase());
      talk.put("state", Words.lower(t.state()));
    }
    ArrayNode events = node.putArray("events");
    day.events().forEach(event -> events.add(EventJson.of(MAPPER, event)));
    node.set("released", tallies(day.released()));
    node.set("held", tallies(day.held()));
    return node;
  }

  private static ArrayNode tallies(List<Timeline.Tally> tallies) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Timeline.Tally tally : tallies) {
      ObjectNode node = array.addObject();
      node.put("party", tally.party());
      node.put("category", tally.category().path());
      node.put("count", tally.count());
    }
    return array;
  }

  private static ObjectNode note(TimelineNote note) {
    ObjectNode node = MAPPER.createObjectNode();
    switch (note) {
      case TimelineNote.Shortfall s -> {
        node.put("kind", "shortfall");
        node.put("day", s.day());
        node.put("phase", s.phase());
        node.put("party", s.party());
        node.put("category", s.category().path());
        node.put("due", s.due());
        node.put("released", s.released());
        node.set("clause", EventJson.clause(MAPPER, s.ref()));
      }
      case TimelineNote.RevealedAtRelease r -> {
        node.put("kind", "revealed-at-release");
        node.put("day", r.day());
        node.put("phase", r.phase());
        node.put("party", r.party());
        node.put("category", r.category().path());
        node.put("perUnit", r.perUnit());
        node.put("unitCategory", r.unitCategory().path());
        node.put("units", r.units());
        node.put("line", r.line().path());
        node.put("mostDue", Counts.saturatedProduct(r.perUnit(), r.units()));
        node.set("clause", EventJson.clause(MAPPER, r.ref()));
      }
      case TimelineNote.Unfinished u -> {
        node.put("kind", "unfinished");
        node.put("phase", u.phase());
        node.put("party", u.party());
        node.put("category", u.category().path());
        node.put("count", u.count());
        node.put("scheduled", u.scheduled());
        node.set("clause", EventJson.clause(MAPPER, u.ref()));
      }
      case TimelineNote.ExtensionRefused r -> {
        node.put("kind", "extension-refused");
        node.put("phase", r.phase());
        node.put("requested", r.requested());
        node.put("taken", r.taken());
      }
      case TimelineNote.ExtensionBounded b -> {
        node.put("kind", "extension-bounded");
        node.put("phase", b.phase());
        node.put("requested", b.requested());
        node.put("taken", b.taken());
        node.put("party", b.party());
        node.put("category", b.category().path());
        node.put("held", b.held());
        node.put("perStep", b.perStep());
        node.set("clause", EventJson.clause(MAPPER, b.ref()));
      }
      case TimelineNote.InProgress i -> {
        node.put("kind", "in-progress");
        node.put("phase", i.phase());
        node.put("party", i.party());
        node.put("category", i.category().path());
        node.put("held", i.held());
        node.put("pace", i.pace() == Pace.AS_LOCATED ? "as-located" : "as-soon-as-possible");
        node.set("clause", EventJson.clause(MAPPER, i.ref()));
      }
      case TimelineNote.Conditional c -> {
        node.put("kind", "conditional");
        node.put("phase", c.phase());
        node.put("party", c.party());
        putOptionalNumber(node, "count", c.count());
        node.put("category", c.category().path());
        node.put("withinDays", c.after().withinDays());
        ObjectNode trigger = node.putObject("trigger");
        trigger.put("party", c.after().party());
        putOptionalNumber(trigger, "count", c.after().count());
        trigger.put("category", c.after().category().path());
        putOptionalNumber(node, "armedOn", c.armedOn());
        node.put("completedAtEnd", c.completedAtEnd());
        node.set("clause", EventJson.clause(MAPPER, c.ref()));
      }
      case TimelineNote.AssuranceFails a -> {
        node.put("kind", "assurance-fails");
        node.put("day", a.day());
        ArrayNode guarantors = node.putArray("guarantors");
        a.guarantors().forEach(guarantors::add);
        node.put("condition", a.condition());
        node.set("clause", EventJson.clause(MAPPER, a.ref()));
      }
    }
    node.put("text", note.text());
    return node;
  }

  static void putOptional(ObjectNode node, String field, Optional<String> value) {
    value.ifPresentOrElse(v -> node.put(field, v), () -> node.putNull(field));
  }

  private static void putOptionalNumber(ObjectNode node, String field, Optional<Long> value) {
    value.ifPresentOrElse(v -> node.put(field, v), () -> node.putNull(field));
  }

  private static String write(ObjectNode root) {
    try {
      return MAPPER.writer(JsonLayout.prettyPrinter()).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serialises", e);
    }
  }
}
