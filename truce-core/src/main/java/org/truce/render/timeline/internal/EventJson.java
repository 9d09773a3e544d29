package org.truce.render.timeline.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.truce.model.ClauseRef;
import org.truce.timeline.TimelineEvent;

/** Timeline events as JSON objects: {@code type} first, then the fields of that type. */
public final class EventJson {
  private EventJson() {}

  public static ObjectNode of(ObjectMapper mapper, TimelineEvent event) {
    ObjectNode node = mapper.createObjectNode();
    switch (event) {
      case TimelineEvent.PhaseStarted e -> {
        node.put("type", "phase-start");
        node.put("phase", e.phase());
        e.title().ifPresentOrElse(t -> node.put("title", t), () -> node.putNull("title"));
      }
      case TimelineEvent.PhaseEnded e -> {
        node.put("type", "phase-end");
        node.put("phase", e.phase());
        node.put("phaseDays", e.phaseDays());
        node.put("end", Words.lower(e.end()));
      }
      case TimelineEvent.HostilitiesSet e -> {
        node.put("type", "hostilities");
        node.put("phase", e.phase());
        node.put("state", Words.lower(e.state()));
        node.set("clause", clause(mapper, e.ref()));
      }
      case TimelineEvent.ExtensionDay e -> {
        node.put("type", "extension-day");
        node.put("phase", e.phase());
        node.put("number", e.number());
        node.set("clause", clause(mapper, e.ref()));
      }
      case TimelineEvent.Released e -> {
        node.put("type", "release");
        node.put("phase", e.phase());
        node.put("party", e.party());
        node.put("category", e.category().path());
        node.put("count", e.count());
        node.put("due", e.due());
        node.set("parts", parts(mapper, e.parts()));
        node.put("timing", Words.lower(e.timing()));
        node.put("allRemaining", e.allRemaining());
        node.set("clause", clause(mapper, e.ref()));
      }
      case TimelineEvent.CounterReleased e -> {
        node.put("type", "counter-release");
        node.put("phase", e.phase());
        node.put("party", e.party());
        node.put("category", e.category().path());
        node.put("count", e.count());
        node.put("due", e.due());
        node.set("parts", parts(mapper, e.parts()));
        node.put("perUnit", e.perUnit());
        node.put("unitCategory", e.unitCategory().path());
        node.put("units", e.units());
        node.put("answersDay", e.answersDay());
        if (e.lump()) {
          node.put("group", e.group());
        }
        node.set("clause", clause(mapper, e.ref()));
      }
      case TimelineEvent.Delivered e -> {
        node.put("type", "delivery");
        node.put("phase", e.phase());
        node.put("party", e.party());
        node.put("verb", Words.lower(e.verb()));
        node.put("amount", e.amount());
        node.put("category", e.what().path());
        if (!e.ofWhich().isEmpty()) {
          node.put("ofAmount", e.ofAmount());
          var parts = node.putArray("ofWhich");
          for (var part : e.ofWhich()) {
            var partNode = parts.addObject();
            partNode.put("atLeast", part.amount());
            part.category().ifPresent(c -> partNode.put("category", c.path()));
            part.qualifier().ifPresent(q -> partNode.put("qualifier", q));
          }
        }
        node.set("clause", clause(mapper, e.ref()));
      }
      case TimelineEvent.Due e -> {
        node.put("type", Words.lower(e.kind()));
        node.put("phase", e.phase());
        node.put("party", e.party());
        node.put("what", e.what());
        node.put("timing", Words.lower(e.timing()));
        node.set("clause", clause(mapper, e.ref()));
      }
      case TimelineEvent.TalksBegin e -> {
        node.put("type", "talks-begin");
        node.put("phase", e.phase());
        node.put("on", e.onPhase());
        node.put("byDay", e.byDay());
        node.set("clause", clause(mapper, e.ref()));
      }
      case TimelineEvent.TalksEnd e -> {
        node.put("type", "talks-end");
        node.put("phase", e.phase());
        node.put("on", e.onPhase());
        node.put("state", Words.lower(e.state()));
      }
    }
    return node;
  }

  /**
   * {@code {"id": "4.1", "label": "Resumption"}}, either may be null; a JSON null for a clause with
   * neither.
   */
  public static JsonNode clause(ObjectMapper mapper, ClauseRef ref) {
    if (ref.id().isEmpty() && ref.label().isEmpty()) {
      return NullNode.getInstance();
    }
    ObjectNode node = mapper.createObjectNode();
    ref.id().ifPresentOrElse(id -> node.put("id", id), () -> node.putNull("id"));
    ref.label().ifPresentOrElse(l -> node.put("label", l), () -> node.putNull("label"));
    return node;
  }

  private static ArrayNode parts(ObjectMapper mapper, List<TimelineEvent.Part> parts) {
    ArrayNode array = mapper.createArrayNode();
    for (TimelineEvent.Part part : parts) {
      ObjectNode node = array.addObject();
      node.put("category", part.category().path());
      node.put("count", part.count());
    }
    return array;
  }
}
