package org.truce.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository is, for tests that read its examples, docs and resources. */
public final class Repository {
  private Repository() {}

  /**
   * The repository root: the first directory up from the working directory that holds
   * docs/language.md (tests run in a module's folder, or in the root).
   */
  public static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("docs/language.md"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the repository root from " + Path.of(""));
    }
    return dir;
  }
}
