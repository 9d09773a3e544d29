package org.truce.cli.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shaded jar the end-to-end tests run: the path maven-failsafe passes after {@code package}; in
 * an IDE run without a built jar, the test is skipped.
 */
public final class ShadedJar {
  private ShadedJar() {}

  public static Path find() {
    String configured = System.getProperty("truce.jar");
    Path jar = Path.of(configured != null ? configured : "target/truce.jar");
    if (configured == null) {
      Assumptions.assumeTrue(Files.exists(jar), "no shaded jar: run `./build verify`");
    }
    assertThat(jar).as("the shaded jar built by `package`").exists();
    return jar;
  }
}
