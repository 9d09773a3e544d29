package org.truce.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.model.SourceMap;
import org.truce.model.json.AgreementJson;
import org.truce.source.LoadedSource;
import org.truce.source.SourceText;
import org.truce.source.Sources;
import org.truce.testing.Repository;

/**
 * Coverage-guided fuzzing of {@code truce import} (agreements in JSON, docs/json.md), then of every
 * command on what it imports: whatever the bytes, only diagnostics come out, placed in the text
 * they are shown against, never an exception; an imported agreement prints as {@code .truce} text
 * that reads back as the same agreement. Seeds: the JSON form of every valid agreement seed ({@link
 * FuzzSeeds}) and the inputs of the JSON diagnostic golden tests.
 */
class AgreementJsonFuzzTest {
  @MethodSource("seeds")
  @FuzzTest(maxDuration = "60s")
  void importNeverThrows(byte[] bytes) {
    LoadedSource loaded = Sources.decode(bytes, "fuzz.json");
    if (!loaded.ok()) {
      return;
    }
    ModelResult result = AgreementJson.read(loaded.source().text(), loaded.source().name());
    // As in ImportRunner: problems of meaning point into the text the JSON prints as.
    SourceText shown = result.sourceMap().map(SourceMap::source).orElse(loaded.source());
    Commands.assertPlaced(shown, result.diagnostics());
    if (result.hasErrors()) {
      return;
    }
    assertThat(result.agreement()).isPresent();
    Commands.run(result.agreement().get(), result.sourceMap(), Arrays.hashCode(bytes));
  }

  static Stream<Arguments> seeds() {
    List<byte[]> seeds = new ArrayList<>();
    for (FuzzSeeds.Seed seed : FuzzSeeds.agreements()) {
      LoadedSource loaded = Sources.decode(seed.bytes(), seed.name());
      ModelResult model = loaded.ok() ? ModelBuilder.load(loaded.source()) : null;
      if (model != null && !model.hasErrors() && model.agreement().isPresent()) {
        seeds.add(AgreementJson.write(model.agreement().get()).getBytes(StandardCharsets.UTF_8));
      }
    }
    var resources = Repository.root().resolve("truce-core/src/test/resources/json");
    for (var dir : List.of(resources, resources.resolve("bad"))) {
      FuzzSeeds.files(dir, ".json").forEach(s -> seeds.add(s.bytes()));
    }
    return seeds.stream().map(b -> Arguments.of((Object) b));
  }
}
