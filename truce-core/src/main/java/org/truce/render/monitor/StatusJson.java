package org.truce.render.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.truce.monitor.Monitor.Readings;

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

  public static String render(Readings readings) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", "truce-status/1");
    root.set("status", MAPPER.valueToTree(readings.chosen()));
    root.set("otherReading", MAPPER.valueToTree(readings.other()));
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a status always serialises", e);
    }
  }
}
