package org.truce.fuzz;

import static org.truce.testing.Repository.root;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The seed corpus of the fuzz targets that read agreements (docs/fuzzing.md): the bundled examples,
 * the agreements written for fuzzing in {@code src/test/resources/fuzz/agreements/} (one that uses
 * every construct, and one file per construct family), and the inputs of the diagnostic golden
 * tests (one per error). {@link SeedCorpusTest} checks that the valid seeds cover every construct
 * of the grammar, so that no construct reaches the checker only by chance.
 *
 * <p>The targets take these through {@code @MethodSource}: Jazzer replays them as regression tests
 * in a normal test run and starts from them when it fuzzes, beside its own inputs directory.
 */
public final class FuzzSeeds {
  private FuzzSeeds() {}

  /** A seed file: where it comes from, and its bytes. */
  public record Seed(Path path, byte[] bytes) {
    public String name() {
      return root().relativize(path).toString();
    }
  }

  /** Every agreement seed, in a stable order. */
  public static List<Seed> agreements() {
    List<Seed> seeds = new ArrayList<>();
    seeds.addAll(files(root().resolve("examples"), ".truce"));
    seeds.addAll(files(module().resolve("src/test/resources/fuzz/agreements"), ".truce"));
    seeds.addAll(files(module().resolve("src/test/resources/diagnostics"), ".truce"));
    return seeds;
  }

  /** The agreement seeds as the arguments of a fuzz target taking {@code byte[]}. */
  public static Stream<Arguments> agreementArguments() {
    return agreements().stream().map(s -> Arguments.of((Object) s.bytes()));
  }

  /** The files ending in {@code suffix} directly in {@code dir}, sorted by name. */
  public static List<Seed> files(Path dir, String suffix) {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing
          .filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
          .sorted()
          .map(p -> new Seed(p, read(p)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path module() {
    return root().resolve("truce-core");
  }
}
