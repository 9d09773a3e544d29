package org.truce.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions (HOUSE-STYLE 8). The expected text lives beside the input; a missing
 * expected file is written and the test fails once so that someone reads it before committing;
 * {@code TRUCE_UPDATE_GOLDEN=1} rewrites every expected file. Line endings are normalised to {@code
 * \n}.
 */
public final class Golden {
  private Golden() {}

  public static void assertMatches(Path expectedFile, String actual) {
    String normalized = normalize(actual);
    boolean update = "1".equals(System.getenv("TRUCE_UPDATE_GOLDEN"));
    try {
      if (update || !Files.exists(expectedFile)) {
        Files.createDirectories(expectedFile.getParent());
        Files.writeString(expectedFile, normalized, StandardCharsets.UTF_8);
        if (!update) {
          fail("wrote missing golden file " + expectedFile + "; review it and run the test again");
        }
        return;
      }
      String expected = normalize(Files.readString(expectedFile, StandardCharsets.UTF_8));
      assertThat(normalized).as("golden file %s", expectedFile).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String normalize(String text) {
    return text.replace("\r\n", "\n");
  }

  /** The source folder of test resources, so that golden files are written where they belong. */
  public static Path resources() {
    return Path.of("src", "test", "resources");
  }
}
