package org.truce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Built on JDK 24 or newer, the shaded jar holds no class older than Java 6 (src/build/
 * ModernizeClasses.java rewrites picocli's), so that the launcher's AOT cache can hold every class
 * a command loads. The end-to-end tests run the rewritten classes.
 */
class ModernClassesIT {
  private static final int JAVA_6 = 50;

  @Test
  void noClassOfTheJarIsOlderThanJava6() throws IOException {
    Assumptions.assumeTrue(
        Runtime.version().feature() >= 24, "the build rewrites classes on JDK 24 and newer only");
    String configured = System.getProperty("truce.jar");
    Path jar = Path.of(configured != null ? configured : "target/truce.jar");
    Assumptions.assumeTrue(Files.exists(jar), "no shaded jar: run `./build verify`");
    List<String> old = new ArrayList<>();
    int picocli = 0;
    try (InputStream in = Files.newInputStream(jar);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().endsWith(".class")) {
          byte[] head = zip.readNBytes(8);
          int major = (head[6] & 0xff) << 8 | (head[7] & 0xff);
          if (major < JAVA_6) {
            old.add(entry.getName() + " (" + major + ")");
          }
          if (entry.getName().startsWith("picocli/")) {
            picocli++;
          }
        }
      }
    }
    assertThat(picocli).as("picocli's classes are in the jar").isGreaterThan(100);
    assertThat(old).isEmpty();
  }
}
