package org.truce.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.truce.model.Actor;
import org.truce.model.Agreement;
import org.truce.model.Category;
import org.truce.model.ClauseRef;
import org.truce.model.Conclusion;
import org.truce.model.Holdings;
import org.truce.model.Instrument;
import org.truce.model.Interest;
import org.truce.model.Metadata;
import org.truce.model.Phase;
import org.truce.model.PhaseClause;
import org.truce.model.Requirement;
import org.truce.model.json.internal.EnumWords;
import org.truce.model.json.internal.Kinds;
import org.truce.vocabulary.Bound;
import org.truce.vocabulary.CompareOp;
import org.truce.vocabulary.DeliveryVerb;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.InstrumentKind;
import org.truce.vocabulary.Pace;
import org.truce.vocabulary.PhaseState;
import org.truce.vocabulary.RankRelation;
import org.truce.vocabulary.RequirementKind;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.ScopeKind;
import org.truce.vocabulary.TalkState;

/**
 * docs/agreement.schema.json says exactly what write produces and read accepts: written JSON
 * validates, bad inputs fail it too, and every definition matches its record field by field.
 */
class AgreementSchemaTest {
  /** Records that are not kinds of a sealed hierarchy, by their definition in the schema. */
  private static final Map<Class<?>, String> PLAIN_RECORDS =
      Map.ofEntries(
          Map.entry(Agreement.class, "agreement"),
          Map.entry(Metadata.class, "metadata"),
          Map.entry(Actor.class, "actor"),
          Map.entry(Holdings.class, "holdings"),
          Map.entry(Holdings.Entry.class, "holdingEntry"),
          Map.entry(Interest.class, "interest"),
          Map.entry(Phase.class, "phase"),
          Map.entry(Requirement.class, "requirement"),
          Map.entry(Conclusion.class, "conclusion"),
          Map.entry(org.truce.model.Lapse.class, "lapse"),
          Map.entry(org.truce.model.SubQuota.class, "subQuota"),
          Map.entry(ClauseRef.class, "ref"),
          Map.entry(org.truce.model.CalendarMoment.class, "calendarMoment"),
          Map.entry(Instrument.class, "instrument"),
          Map.entry(PhaseClause.Assurance.Scope.class, "scope"));

  private static final Map<Class<?>, String> ENUMS =
      Map.ofEntries(
          Map.entry(Role.class, "role"),
          Map.entry(Bound.class, "bound"),
          Map.entry(DeliveryVerb.class, "deliveryVerb"),
          Map.entry(RightAction.class, "rightAction"),
          Map.entry(ScopeKind.class, "scopeKind"),
          Map.entry(RequirementKind.class, "requirementKind"),
          Map.entry(CompareOp.class, "compareOp"),
          Map.entry(HostilityState.class, "hostilityState"),
          Map.entry(TalkState.class, "talkState"),
          Map.entry(PhaseState.class, "phaseState"),
          Map.entry(Pace.class, "pace"),
          Map.entry(InstrumentKind.class, "instrumentKind"),
          Map.entry(RankRelation.class, "rankRelation"));

  /** Bad inputs the schema cannot see: duplicates vanish when JSON is parsed into a tree. */
  private static final Set<String> INVISIBLE_TO_SCHEMAS = Set.of("duplicate-field.json");

  static Stream<Agreement> samples() {
    return Stream.of(Samples.pause2023(), Samples.framework2024());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void writtenJsonValidates(Agreement agreement) {
    assertThat(Schema.problems(AgreementJson.write(agreement))).isEmpty();
  }

  @Test
  void everyWellFormedBadInputFailsTheSchemaToo() throws IOException {
    List<String> accepted = new ArrayList<>();
    try (Stream<Path> files = Files.list(JsonDiagnosticsTest.BAD)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String name = file.getFileName().toString();
        String json = Files.readString(file, StandardCharsets.UTF_8);
        // Problems of meaning (meaning-*.json) are beyond a schema: the shape is right.
        if (INVISIBLE_TO_SCHEMAS.contains(name)
            || name.startsWith("meaning-")
            || !wellFormed(json)) {
          continue;
        }
        if (Schema.problems(json).isEmpty()) {
          accepted.add(name);
        }
      }
    }
    assertThat(accepted).as("bad inputs the schema accepts").isEmpty();
  }

  @Test
  void everyKindHasADefinitionWithItsName() {
    for (Kinds.Hierarchy hierarchy : Kinds.ALL) {
      String prefix = prefixOf(hierarchy);
      List<String> listed = new ArrayList<>();
      for (JsonNode option : definition(prefix)) {
        listed.add(option.get("$ref").asText().replace("#/$defs/" + prefix + ".", ""));
      }
      assertThat(listed).as(prefix).isEqualTo(hierarchy.names());
      hierarchy
          .kinds()
          .forEach(
              (name, type) -> {
                JsonNode def = Schema.TREE.get("$defs").get(prefix + "." + name);
                assertThat(def.at("/properties/kind/const").asText()).isEqualTo(name);
                assertMatchesRecord(prefix + "." + name, def, type, true);
              });
    }
  }

  @Test
  void everyOtherRecordHasADefinitionWithItsFields() {
    PLAIN_RECORDS.forEach(
        (type, name) -> assertMatchesRecord(name, Schema.TREE.get("$defs").get(name), type, false));
    Set<Class<?>> covered = new java.util.HashSet<>(PLAIN_RECORDS.keySet());
    Kinds.ALL.forEach(h -> covered.addAll(h.kinds().values()));
    covered.add(Category.class); // written as a string: the "category" definition
    assertThat(Schema.TREE.at("/$defs/category/type").asText()).isEqualTo("string");
    assertThat(covered).containsAll(ModelWalker.recordsReachableFrom(Agreement.class));
  }

  @Test
  void everyEnumListsItsWords() {
    assertThat(ENUMS.keySet()).containsAll(ModelWalker.enumsReachableFrom(Agreement.class));
    ENUMS.forEach(
        (type, name) -> {
          List<String> words = new ArrayList<>();
          Schema.TREE.get("$defs").get(name).get("enum").forEach(w -> words.add(w.asText()));
          assertThat(words).as(name).isEqualTo(EnumWords.all(type));
        });
  }

  private static void assertMatchesRecord(String name, JsonNode def, Class<?> type, boolean kind) {
    assertThat(def).as(name).isNotNull();
    assertThat(def.get("additionalProperties").asBoolean(true)).as(name).isFalse();
    Set<String> fields = new TreeSet<>();
    Set<String> required = new TreeSet<>();
    if (kind) {
      fields.add("kind");
      required.add("kind");
    }
    for (RecordComponent component : type.getRecordComponents()) {
      fields.add(component.getName());
      // A delivery's sub-quotas and a holdings line's statuses, lists, are omitted when empty.
      boolean subQuotas =
          component.getName().equals("ofWhich") || component.getName().equals("either");
      if (component.getType() != Optional.class
          && component.getType() != ClauseRef.class
          && !subQuotas
          && !isInstruments(type, component)) {
        required.add(component.getName());
      }
    }
    Set<String> schemaFields = new TreeSet<>();
    def.get("properties").fieldNames().forEachRemaining(schemaFields::add);
    Set<String> schemaRequired = new TreeSet<>();
    if (def.has("required")) {
      def.get("required").forEach(r -> schemaRequired.add(r.asText()));
    }
    assertThat(schemaFields).as(name + " fields").isEqualTo(fields);
    assertThat(schemaRequired).as(name + " required").isEqualTo(required);
  }

  /** An agreement's instruments are left out when there are none (docs/json.md). */
  private static boolean isInstruments(Class<?> type, RecordComponent component) {
    return type == Agreement.class && component.getName().equals("instruments");
  }

  private static JsonNode definition(String prefix) {
    return Schema.TREE.get("$defs").get(prefix).get("oneOf");
  }

  private static String prefixOf(Kinds.Hierarchy hierarchy) {
    Map<String, String> prefixes = new LinkedHashMap<>();
    prefixes.put("clause", "clause");
    prefixes.put("condition", "condition");
    prefixes.put("figure", "figure");
    prefixes.put("schedule", "schedule");
    prefixes.put("phase entry", "entry");
    prefixes.put("extension trigger", "trigger");
    return prefixes.get(hierarchy.description());
  }

  /** Parses as one JSON value, as a schema validator sees it (trailing text is not JSON). */
  private static boolean wellFormed(String json) {
    try {
      Schema.PLAIN
          .reader()
          .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readTree(json);
      return !json.isBlank();
    } catch (IOException e) {
      return false;
    }
  }
}
