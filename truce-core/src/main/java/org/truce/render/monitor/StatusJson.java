package org.truce.render.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.truce.monitor.Monitor.Readings;
import org.truce.monitor.RatioLine;
import org.truce.monitor.Status;

/**
 * The status as JSON (docs/monitor.md): {@code {"format": "truce-status/1", "status": {...},
 * "otherReading": {...}}}, each a status under one counting policy. Fields are the status's parts;
 * absent values are left out; dates and times are ISO text; states are lower case. The golden files
 * of the monitor's tests pin the shape.
 */
public final class StatusJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
          .build();

  private StatusJson() {}

  /**
   * A status as JSON. A ratio batch gives {@code pendingStatus} and {@code mostDue} only when units
   * of unknown status wait for their status to be recorded; an obligation waiting for its trigger
   * has no {@code dueDay} (docs/monitor.md).
   */
  private static ObjectNode status(Status status) {
    ObjectNode node = MAPPER.valueToTree(status);
    if (node.get("obligations") instanceof ArrayNode obligations) {
      for (int i = 0; i < obligations.size(); i++) {
        if (status.obligations().get(i).state() == Status.ObligationState.WAITING) {
          // due on no day until its trigger completes: `trigger` says how far it has come
          ((ObjectNode) obligations.get(i)).remove("dueDay");
        }
      }
    }
    if (node.get("ratios") instanceof ArrayNode ratios) {
      for (int i = 0; i < ratios.size(); i++) {
        ObjectNode ratio = (ObjectNode) ratios.get(i);
        RatioLine line = status.ratios().get(i);
        if (line.pendingStatus() == 0) {
          ratio.remove("pendingStatus");
        } else {
          ratio.put("mostDue", line.mostDue());
        }
      }
    }
    return node;
  }

  public static String render(Readings readings) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", "truce-status/1");
    root.set("status", status(readings.chosen()));
    root.set("otherReading", status(readings.other()));
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a status always serialises", e);
    }
  }
}
