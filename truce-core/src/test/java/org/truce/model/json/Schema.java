package org.truce.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** docs/agreement.schema.json, loaded once, with format assertions on (dates are checked). */
final class Schema {
  static final ObjectMapper PLAIN = new ObjectMapper();
  static final Path FILE = repositoryRoot().resolve("docs/agreement.schema.json");
  static final JsonNode TREE = readTree(FILE);
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(TREE, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  private Schema() {}

  /** The schema's complaints about {@code json}, empty when it is valid. */
  static List<String> problems(String json) {
    try {
      return SCHEMA.validate(PLAIN.readTree(json)).stream()
          .map(ValidationMessage::getMessage)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("docs"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the repository root from " + Path.of(""));
    }
    return dir;
  }

  private static JsonNode readTree(Path file) {
    try {
      return PLAIN.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
