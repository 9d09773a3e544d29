package org.truce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.testing.Repository.root;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.truce.source.SourceText;
import org.truce.syntax.Formatter;
import org.truce.syntax.ParseResult;
import org.truce.syntax.Parser;

/** The README's first example is valid and in the canonical layout, as `truce fmt` writes it. */
class ReadmeExampleTest {

  @Test
  void theExampleAfterWhatTruceIsIsCanonical() throws IOException {
    String readme = Files.readString(root().resolve("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("What truce is");
    assertThat(section).as("the README has a section \"What truce is\"").isNotNegative();
    int open = readme.indexOf("```\n", section) + 4;
    String example = readme.substring(open, readme.indexOf("```\n", open));
    ParseResult parsed = Parser.parse(new SourceText("README.md", example));
    assertThat(parsed.hasErrors()).as("the example has syntax errors").isFalse();
    assertThat(Formatter.format(parsed)).isEqualTo(example);
  }
}
