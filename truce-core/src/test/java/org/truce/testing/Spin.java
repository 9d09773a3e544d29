package org.truce.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs SPIN on an exported Promela model: {@code spin -a} writes the verifier, gcc compiles it, and
 * {@code pan} checks one LTL claim at a time. SPIN is found through {@code TRUCE_SPIN} (set by
 * {@code ./build}, see bin/find-spin.sh) or on the PATH.
 */
public final class Spin {
  /** Deepest search pan is allowed: a day of a model takes a few hundred steps. */
  private static final int MAX_DEPTH = 500_000;

  private static final Pattern ERRORS = Pattern.compile("errors: (\\d+)");
  private static final Pattern STORED = Pattern.compile("(\\d+) states, stored");

  private final Path spin;

  private Spin(Path spin) {
    this.spin = spin;
  }

  /** SPIN, if this machine has it. */
  public static Optional<Spin> find() {
    String configured = System.getenv("TRUCE_SPIN");
    if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured))) {
      return Optional.of(new Spin(Path.of(configured)));
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "spin");
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return Optional.of(new Spin(candidate));
      }
    }
    return Optional.empty();
  }

  /** The verdict pan gives one claim, and the states it stored. */
  public record Verdict(boolean violated, long stored) {}

  /** A compiled verifier for one model. */
  public final class Verifier {
    private final Path dir;

    private Verifier(Path dir) {
      this.dir = dir;
    }

    /** Checks {@code claim}; {@code acceptance} for liveness claims (cycles count). */
    public Verdict check(String claim, boolean acceptance) {
      List<String> command = new ArrayList<>(List.of("./pan", "-N", claim, "-m" + MAX_DEPTH));
      if (acceptance) {
        command.add(1, "-a");
      }
      String out = run(dir, command);
      if (out.contains("max search depth too small")) {
        throw new IllegalStateException(
            "pan needs a deeper search than " + MAX_DEPTH + ":\n" + out);
      }
      return new Verdict(
          Long.parseLong(first(ERRORS, out, "pan's error count")) > 0,
          Long.parseLong(first(STORED, out, "pan's state count")));
    }
  }

  /** Writes {@code model} into {@code dir}, runs {@code spin -a} with the defines, and compiles. */
  public Verifier compile(String model, Path dir, List<String> defines) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("model.pml"), model, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    List<String> command = new ArrayList<>(List.of(spin.toString()));
    defines.forEach(d -> command.add("-D" + d));
    command.addAll(List.of("-a", "model.pml"));
    run(dir, command);
    run(dir, List.of("gcc", "-O0", "-w", "-DVECTORSZ=4096", "-o", "pan", "pan.c"));
    return new Verifier(dir);
  }

  private static String first(Pattern pattern, String out, String what) {
    Matcher m = pattern.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("no " + what + " in pan's output:\n" + out);
    }
    return m.group(1);
  }

  private static String run(Path dir, List<String> command) {
    try {
      Process p =
          new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " took over 2 minutes");
      }
      if (p.exitValue() != 0 && !command.getFirst().equals("./pan")) {
        throw new IllegalStateException(
            String.join(" ", command) + " failed (" + p.exitValue() + "):\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
