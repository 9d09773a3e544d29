package org.truce.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.cli.testing.ShadedJar;
import org.truce.cli.testing.Transcript;
import org.truce.source.FileKind;

/**
 * Special files, in the real file system and as separate processes, as users meet them (issue 16,
 * items 6, 9 and 10): devices, named pipes that never end or never send, standard input that never
 * ends, a dossier whose ledger or version is not a file; outputs to {@code /dev/null}, {@code
 * /dev/full}, {@code /dev/stdout}, a symbolic link, a pipe; a terminal. The wait for a silent pipe
 * is set to one second ({@code TRUCE_INPUT_WAIT}). The tests run as root on CI; those that need
 * root (owners, device nodes) are skipped otherwise.
 */
class SpecialFilesIT {
  private static final String EXAMPLE = "../examples/november-2023.truce";
  private static Path jar;

  @TempDir Path dir;
  private final List<Thread> writers = new ArrayList<>();
  private final List<Path> fifos = new ArrayList<>();

  @BeforeAll
  static void findJar() {
    jar = ShadedJar.find();
  }

  /** Releases the pipes a test left open, so that no thread stays blocked on them. */
  @AfterEach
  void releasePipes() throws InterruptedException {
    for (Path fifo : fifos) {
      Thread unblock = new Thread(() -> drain(fifo));
      unblock.setDaemon(true);
      unblock.start();
    }
    for (Thread writer : writers) {
      writer.interrupt();
      writer.join(TimeUnit.SECONDS.toMillis(10));
    }
  }

  private static void drain(Path fifo) {
    try (var in = Files.newInputStream(fifo)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // Gone already.
    }
  }

  // ---- inputs (item 6) -----------------------------------------------------------------------

  @Test
  void aDeviceIsRefusedByEveryCommandThatReadsInput() throws Exception {
    Path dossier = dossier();
    StringBuilder all = new StringBuilder();
    String[][] commands = {
      {"check", "/dev/zero"},
      {"fmt", "/dev/zero"},
      {"render", "/dev/zero"},
      {"export", "--format", "json", "/dev/zero"},
      {"timeline", "/dev/zero"},
      {"diff", "/dev/zero", EXAMPLE},
      {"import", "/dev/zero"},
      {"log", "import", "--json", "/dev/zero", "-d", dossier.toString()},
      {"log", "import", "/dev/urandom", "-d", dossier.toString()},
    };
    for (String[] command : commands) {
      Transcript t = truce(command);
      assertThat(t.exit()).as(String.join(" ", command)).isEqualTo(2);
      assertThat(t.err()).contains("error[E010]");
      all.append("$ truce ").append(String.join(" ", command)).append('\n').append(t.render());
    }
    new Transcript(0, all.toString(), "").hiding(dir).matches("special/device-every-command");
  }

  @Test
  void aPipeNoProgramWritesToIsGivenUp() throws Exception {
    Path fifo = fifo("draft.truce");
    truce("check", fifo.toString()).hiding(dir).matches("special/fifo-no-writer");
  }

  @Test
  void aPipeThatNeverEndsStopsAtTheLimit() throws Exception {
    Path fifo = fifo("endless.truce");
    writeForever(fifo, "# a comment, again and again\n");
    truce("check", fifo.toString()).hiding(dir).matches("special/fifo-endless");
  }

  @Test
  void aPipeThatStopsSendingIsGivenUp() throws Exception {
    Path fifo = fifo("stalled.truce");
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write("agreement \"Pause\"\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
              } catch (IOException | InterruptedException e) {
                // Released by the test.
              }
            });
    start(writer);
    truce("check", fifo.toString()).hiding(dir).matches("special/fifo-stalled");
  }

  @Test
  void aJournalFromAPipeThatNeverEndsStopsAtTheLimit() throws Exception {
    Path dossier = dossier();
    Path fifo = fifo("endless.json");
    writeForever(fifo, "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[");
    Transcript t = truce("log", "import", fifo.toString(), "-d", dossier.toString());
    t.hiding(dir).matches("special/fifo-endless-journal");
  }

  @Test
  void standardInputThatNeverEndsStopsAtTheLimit() throws Exception {
    Transcript t =
        run(Map.of(), ProcessBuilder.Redirect.from(new java.io.File("/dev/zero")), "check", "-");
    t.matches("special/stdin-endless");
  }

  @Test
  void standardInputThatSendsNothingIsGivenUp() throws Exception {
    // The pipe to the process is left open and empty.
    Transcript t =
        run(
            Map.of(),
            ProcessBuilder.Redirect.PIPE,
            "log",
            "import",
            "-",
            "-d",
            dossier().toString());
    t.hiding(dir).matches("special/stdin-silent");
  }

  @Test
  void aLedgerThatIsAPipeIsRefused() throws Exception {
    Path dossier = Files.createDirectory(dir.resolve("dossier"));
    fifo("dossier/ledger.sqlite");
    truce("log", "export", "-d", dossier.toString()).hiding(dir).matches("special/ledger-fifo");
  }

  @Test
  void aVersionThatIsADeviceIsRefused() throws Exception {
    Path dossier = dossier();
    Files.createSymbolicLink(dossier.resolve("zero.truce"), Path.of("/dev/zero"));
    Transcript t =
        truce(
            "log",
            "import",
            "../examples/pause-2023/events-2023.journal",
            "-d",
            dossier.toString());
    t.hiding(dir).matches("special/version-device");
  }

  @Test
  void aDeviceNodeMadeHereIsRefused() throws Exception {
    assumeTrue(root(), "mknod needs root");
    Path node = dir.resolve("zero.truce");
    exec("mknod", node.toString(), "c", "1", "5");
    truce("check", node.toString()).hiding(dir).matches("special/device-node");
  }

  // ---- outputs (item 9) ----------------------------------------------------------------------

  @Test
  void devNullStaysADevice() throws Exception {
    Transcript t = truce("export", "--format", "json", EXAMPLE, "-o", "/dev/null");
    assertThat(t.exit()).as(t.render()).isZero();
    assertThat(FileKind.of(Path.of("/dev/null"))).isEqualTo(FileKind.CHARACTER_DEVICE);
  }

  @Test
  void aFullDeviceIsAnErrorAndStaysADevice() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")));
    truce("export", "--format", "json", EXAMPLE, "-o", "/dev/full").matches("special/dev-full");
    assertThat(FileKind.of(Path.of("/dev/full"))).isEqualTo(FileKind.CHARACTER_DEVICE);
  }

  @Test
  void aDeviceNodeMadeHereIsWrittenThrough() throws Exception {
    assumeTrue(root(), "mknod needs root");
    Path node = dir.resolve("null");
    exec("mknod", node.toString(), "c", "1", "3");
    Transcript t = truce("render", EXAMPLE, "-o", node.toString());
    assertThat(t.exit()).as(t.render()).isZero();
    assertThat(FileKind.of(node)).isEqualTo(FileKind.CHARACTER_DEVICE);
  }

  @Test
  void devStdoutIsStandardOutput() throws Exception {
    Transcript t = truce("export", "--format", "json", EXAMPLE, "-o", "/dev/stdout");
    assertThat(t.exit()).as(t.render()).isZero();
    assertThat(t.out()).startsWith("{\n  \"truce\": \"agreement\"");
    Transcript e = truce("export", "--format", "json", EXAMPLE, "-o", "/dev/stderr");
    assertThat(e.exit()).as(e.render()).isZero();
    assertThat(e.err()).startsWith("{\n  \"truce\": \"agreement\"");
  }

  @Test
  void aSymbolicLinkIsKeptAndItsTargetReplacedWithItsOwnerAndMode() throws Exception {
    Path target = Files.writeString(dir.resolve("pause.json"), "old\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
    boolean root = root();
    if (root) {
      exec("chown", "nobody:nogroup", target.toString());
    }
    PosixFileAttributes before = Files.readAttributes(target, PosixFileAttributes.class);
    Path link = Files.createSymbolicLink(dir.resolve("latest.json"), Path.of("pause.json"));
    Transcript t = truce("export", "--format", "json", EXAMPLE, "-o", link.toString());
    assertThat(t.exit()).as(t.render()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("pause.json"));
    assertThat(Files.readString(target)).startsWith("{\n  \"truce\": \"agreement\"");
    PosixFileAttributes after =
        Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    assertThat(after.permissions()).isEqualTo(before.permissions());
    assertThat(after.owner()).isEqualTo(before.owner());
    assertThat(after.group()).isEqualTo(before.group());
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("pause.json", "latest.json", "out.txt", "err.txt");
    }
  }

  @Test
  void aDanglingLinkCreatesItsTarget() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("latest.md"), Path.of("new.md"));
    Transcript t = truce("render", EXAMPLE, "-o", link.toString());
    assertThat(t.exit()).as(t.render()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(dir.resolve("new.md"))).startsWith("# ");
  }

  @Test
  void aPipeIsWrittenThroughToItsReader() throws Exception {
    Path fifo = fifo("out.fifo");
    StringBuilder received = new StringBuilder();
    Thread reader =
        new Thread(
            () -> {
              try (var in = Files.newInputStream(fifo)) {
                received.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
              } catch (IOException e) {
                received.append("failed: ").append(e);
              }
            });
    start(reader);
    Transcript t = truce("export", "--format", "json", EXAMPLE, "-o", fifo.toString());
    assertThat(t.exit()).as(t.render()).isZero();
    reader.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(received.toString()).startsWith("{\n  \"truce\": \"agreement\"");
    assertThat(FileKind.of(fifo)).isEqualTo(FileKind.FIFO);
  }

  @Test
  void aPipeNoProgramReadsIsGivenUp() throws Exception {
    Path fifo = fifo("unread.fifo");
    truce("export", "--format", "json", EXAMPLE, "-o", fifo.toString())
        .hiding(dir)
        .matches("special/output-fifo-no-reader");
    assertThat(FileKind.of(fifo)).isEqualTo(FileKind.FIFO);
  }

  // ---- a real terminal (item 10) -------------------------------------------------------------

  @Test
  void aRealTerminalGetsControlCharactersAsEscapes() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script(1) makes a terminal");
    String java = ProcessHandle.current().info().command().orElse("java");
    String command =
        java + " -jar " + jar + " timeline src/test/resources/inputs/hostile/hostile.truce";
    Transcript t =
        run(
            Map.of(),
            ProcessBuilder.Redirect.PIPE,
            List.of("/usr/bin/script", "-qec", command, "/dev/null"));
    assertThat(t.exit()).as(t.render()).isZero();
    assertThat(t.out()).contains("Timeline of \"Pause \\x1b[2J\\x1b]8;;https://evil.example/\\x07");
    assertThat(t.out())
        .doesNotContain("\u001b[2J")
        .doesNotContain("\u0007")
        .doesNotContain("\u202e");
    // The same command into a pipe keeps the text as it is.
    Transcript piped = truce("timeline", "src/test/resources/inputs/hostile/hostile.truce");
    assertThat(piped.out()).contains("\u001b[2J");
  }

  // ---- helpers -------------------------------------------------------------------------------

  private Transcript truce(String... args) throws IOException, InterruptedException {
    return run(Map.of(), ProcessBuilder.Redirect.from(new java.io.File("/dev/null")), args);
  }

  private Transcript run(Map<String, String> env, ProcessBuilder.Redirect stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    return run(env, stdin, command);
  }

  private Transcript run(
      Map<String, String> env, ProcessBuilder.Redirect stdin, List<String> command)
      throws IOException, InterruptedException {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(stdin)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().put("TRUCE_INPUT_WAIT", "1");
    builder.environment().putAll(env);
    Process process = builder.start();
    boolean finished = process.waitFor(2, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("truce finished").isTrue();
    if (stdin == ProcessBuilder.Redirect.PIPE) {
      process.getOutputStream().close();
    }
    return new Transcript(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Path dossier() throws IOException, InterruptedException {
    Path dossier = dir.resolve("pause");
    if (!Files.exists(dossier)) {
      Transcript init = truce("dossier", "init", dossier.toString());
      assertThat(init.exit()).as(init.render()).isZero();
      Files.copy(Path.of(EXAMPLE), dossier.resolve("november-2023.truce"));
    }
    return dossier;
  }

  private Path fifo(String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    exec("mkfifo", fifo.toString());
    fifos.add(fifo);
    return fifo;
  }

  private void writeForever(Path fifo, String text) {
    byte[] bytes = text.repeat(1000).getBytes(StandardCharsets.UTF_8);
    start(
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                while (!Thread.currentThread().isInterrupted()) {
                  out.write(bytes);
                }
              } catch (IOException e) {
                // The reader stopped: a broken pipe.
              }
            }));
  }

  private void start(Thread thread) {
    thread.setDaemon(true);
    thread.start();
    writers.add(thread);
  }

  private static void exec(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).inheritIO().start();
    assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }
}
