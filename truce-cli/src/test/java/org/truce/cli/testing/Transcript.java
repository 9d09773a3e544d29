package org.truce.cli.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToIntFunction;
import org.truce.cli.Io;
import org.truce.cli.Main;

/**
 * What a command did: exit code, standard output and standard error. Compared with golden files
 * under {@code src/test/resources/golden} (HOUSE-STYLE 8): a missing golden file is written and the
 * test fails once so that someone reads it; {@code TRUCE_UPDATE_GOLDEN=1} rewrites them all.
 */
public record Transcript(int exit, String out, String err) {

  /** Runs a runner (or {@link Main#run}) with captured streams and the given standard input. */
  public static Transcript of(InputStream stdin, ToIntFunction<Io> command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    int exit = command.applyAsInt(new Io(stdin, outStream, errStream));
    outStream.flush();
    errStream.flush();
    return new Transcript(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Runs {@code truce ARGS} with standard output and error as {@link Io#system()} makes them for a
   * terminal (control characters shown as escapes).
   */
  public static Transcript onTerminal(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream outStream = Io.stream(out, true);
    PrintStream errStream = Io.stream(err, true);
    int exit = Main.run(args, new Io(new ByteArrayInputStream(new byte[0]), outStream, errStream));
    outStream.flush();
    errStream.flush();
    return new Transcript(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  public static Transcript of(ToIntFunction<Io> command) {
    return of(new ByteArrayInputStream(new byte[0]), command);
  }

  /** Runs {@code truce ARGS} through the whole command line, as a user would. */
  public static Transcript main(String... args) {
    return of(io -> Main.run(args, io));
  }

  /** Replaces a temporary folder by {@code $TMP} so that golden files do not depend on it. */
  public Transcript hiding(Path folder) {
    String path = folder.toString();
    return new Transcript(exit, out.replace(path, "$TMP"), err.replace(path, "$TMP"));
  }

  public String render() {
    return "exit: " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }

  /** Asserts that this transcript equals {@code golden/NAME.txt}. */
  public void matches(String name) {
    Path expectedFile = Path.of("src", "test", "resources", "golden", name + ".txt");
    String actual = render().replace("\r\n", "\n");
    boolean update = "1".equals(System.getenv("TRUCE_UPDATE_GOLDEN"));
    try {
      if (update || !Files.exists(expectedFile)) {
        Files.createDirectories(expectedFile.getParent());
        Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        if (!update) {
          fail("wrote missing golden file " + expectedFile + "; review it and run the test again");
        }
        return;
      }
      String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
      assertThat(actual).as("golden file %s", expectedFile).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
