package org.truce.cli.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A dossier made from one of the bundled examples: its versions copied into a folder and its
 * journal imported, as a user would; then commands run on it with {@code -d} that folder.
 */
public record BundledDossier(Path folder) {
  /**
   * The versions of {@code examples/NAME} copied into {@code folder}, and {@code journal} imported.
   */
  public static BundledDossier of(Path folder, String name, String journal) throws IOException {
    Path bundled = Path.of("..", "examples", name);
    try (Stream<Path> files = Files.list(bundled)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".truce")).toList()) {
        Files.copy(f, folder.resolve(f.getFileName().toString()));
      }
    }
    BundledDossier dossier = new BundledDossier(folder);
    Transcript imported = dossier.truce("log", "import", bundled.resolve(journal).toString());
    assertThat(imported.exit()).as(imported.render()).isZero();
    return dossier;
  }

  /** {@code truce ARGS -d FOLDER}, with the folder shown as {@code $TMP}. */
  public Transcript truce(String... args) {
    String[] all =
        Stream.concat(Stream.of(args), Stream.of("-d", folder.toString())).toArray(String[]::new);
    return Transcript.main(all).hiding(folder);
  }
}
