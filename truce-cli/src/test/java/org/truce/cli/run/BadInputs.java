package org.truce.cli.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Files every command must refuse with a diagnostic, never an exception. */
final class BadInputs {
  private BadInputs() {}

  static Path empty(Path dir) throws IOException {
    return Files.writeString(dir.resolve("empty.truce"), "");
  }

  static Path blank(Path dir) throws IOException {
    return Files.writeString(dir.resolve("blank.truce"), "  \n\t\n");
  }

  static Path binary(Path dir) throws IOException {
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 37 + 11);
    }
    bytes[3] = 0;
    return Files.write(dir.resolve("garbage.truce"), bytes);
  }

  static Path invalidUtf8(Path dir) throws IOException {
    byte[] text = "agreement \"Pause\"\n# caf".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(text, text.length + 2);
    bytes[text.length] = (byte) 0xE9; // Latin-1 é: not valid UTF-8
    bytes[text.length + 1] = '\n';
    return Files.write(dir.resolve("latin1.truce"), bytes);
  }

  /** A 50 MB file, written in chunks so that the test does not hold it in memory. */
  static Path huge(Path dir) throws IOException {
    Path file = dir.resolve("huge.truce");
    byte[] line = "# a comment line to make the file large\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    return file;
  }
}
