package org.truce.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.truce.cli.testing.BundledDossier;
import org.truce.cli.testing.Transcript;

/**
 * Every bundled real dossier, at the moments its scenario names (issue 18, "Evidence"): the
 * report's headline counts are pinned, and each deviation line, under both readings, is traced
 * either to sourced entries of the ledger or to a deadline of the text that was missed (an
 * obligation overdue or fulfilled late on that day, or a batch off its ratio on a day whose
 * releases are recorded).
 */
class DossierTraceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dossier;

  static Stream<Arguments> moments() {
    return Stream.of(
        Arguments.of(
            "pause-2023",
            "events-2023.journal",
            "2023-12-01",
            "3 deviations from the compliant timeline, 1 obligation overdue. Under the other"
                + " reading (credited): 0 deviations from the compliant timeline, 0 obligations"
                + " overdue."),
        Arguments.of(
            "lebanon-2024",
            "events-2024.journal",
            "2025-01-26T12:00",
            // no release in the text: one reading, no counting policy to tell apart
            "2 deviations from the compliant timeline, 2 obligations overdue."),
        Arguments.of(
            "lebanon-2024",
            "events-2024.journal",
            "2025-02-18",
            "0 deviations from the compliant timeline, 0 obligations overdue."),
        Arguments.of(
            "ukraine-russia-2025",
            "events-2025.journal",
            "2025-05-25",
            "0 deviations from the compliant timeline, 0 obligations overdue. Under the other"
                + " reading (credited): 0 deviations from the compliant timeline, 0 obligations"
                + " overdue."),
        Arguments.of(
            "ukraine-russia-2025",
            "events-2025.journal",
            "2025-06-16",
            "0 deviations from the compliant timeline, 0 obligations overdue, 6 obligations not"
                + " judged (releases of unreported count). Under the other reading (credited): 0"
                + " deviations from the compliant timeline, 0 obligations overdue, 6 obligations"
                + " not judged (releases of unreported count)."),
        Arguments.of(
            "ukraine-russia-2025",
            "events-2025.journal",
            "2025-07-23",
            "0 deviations from the compliant timeline, 0 obligations overdue, 6 obligations not"
                + " judged (releases of unreported count). Under the other reading (credited): 0"
                + " deviations from the compliant timeline, 0 obligations overdue, 6 obligations"
                + " not judged (releases of unreported count)."));
  }

  @ParameterizedTest(name = "{0} at {2}")
  @MethodSource("moments")
  void everyDeviationIsTracedAndTheHeadlineIsPinned(
      String example, String journal, String at, String headline) throws IOException {
    BundledDossier bundled = BundledDossier.of(dossier, example, journal);
    Transcript report = bundled.truce("report", "--at", at);
    assertThat(report.out()).as(report.render()).contains("\n" + headline + "\n");

    Map<String, JsonNode> entries = new HashMap<>();
    for (JsonNode e : JSON.readTree(bundled.truce("log", "export", "--json").out())) {
      entries.put(e.get("id").asText(), e);
    }
    JsonNode root = JSON.readTree(bundled.truce("status", "--at", at, "--json").out());
    for (String reading : List.of("status", "otherReading")) {
      JsonNode status = root.get(reading);
      long overdue = 0;
      for (JsonNode o : status.get("obligations")) {
        overdue += o.get("state").asText().equals("overdue") ? 1 : 0;
      }
      assertThat(headline)
          .contains(count(status.get("deviations").size(), "deviation"))
          .contains(count(overdue, "obligation") + " overdue");
      for (JsonNode deviation : status.get("deviations")) {
        assertThat(trace(deviation, status, entries))
            .as("%s at %s (%s): %s", example, at, reading, deviation.get("text").asText())
            .isPresent();
      }
    }
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** What the deviation rests on, if anything the ledger or the text holds. */
  private static Optional<String> trace(
      JsonNode deviation, JsonNode status, Map<String, JsonNode> entries) {
    List<String> sourced = new ArrayList<>();
    for (JsonNode id : deviation.get("entries")) {
      JsonNode entry = entries.get(id.asText());
      if (entry == null || !entry.hasNonNull("source") || entry.get("source").asText().isBlank()) {
        return Optional.empty(); // an entry the ledger does not hold, or holds without a source
      }
      sourced.add(id.asText() + " (" + entry.get("source").asText() + ")");
    }
    if (!sourced.isEmpty()) {
      return Optional.of("entries " + String.join(", ", sourced));
    }
    long day = deviation.get("day").asLong();
    String clause = deviation.path("clause").asText();
    for (JsonNode o : status.get("obligations")) {
      boolean late =
          o.get("state").asText().equals("overdue")
              || (o.get("state").asText().equals("fulfilled") && o.path("daysLate").asLong() > 0);
      if (late && o.path("dueDay").asLong() == day && o.path("clause").asText().equals(clause)) {
        return Optional.of("the deadline of " + clause + ", day " + day + ", missed");
      }
    }
    for (JsonNode r : status.get("ratios")) {
      String verdict = r.get("verdict").asText();
      if ((verdict.equals("more") || verdict.equals("short"))
          && r.get("day").asLong() == day
          && r.path("clause").asText().equals(clause)) {
        String date = r.get("date").asText();
        List<String> releases = new ArrayList<>();
        for (JsonNode e : entries.values()) {
          if (e.get("kind").asText().equals("release") && e.get("date").asText().equals(date)) {
            releases.add(e.get("id").asText());
          }
        }
        if (!releases.isEmpty()) {
          return Optional.of("the batch of day " + day + ": " + releases);
        }
      }
    }
    return Optional.empty();
  }
}
