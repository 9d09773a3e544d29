package org.truce.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The entry point, and the one top-level handler (HOUSE-STYLE 7): usage errors print a short
 * message and a pointer to {@code --help} (exit 2); user errors are diagnostics printed by the
 * runners (exit 2); anything unexpected is a bug in truce and prints only a request to report it,
 * with the stack trace under {@code --verbose} (exit 3).
 */
public final class Main {
  /** What a user is asked to do about an internal error (the project's issue tracker). */
  public static final String REPORT =
      "truce: internal error, please report it on truce's issue tracker with the command you ran";

  /** Columns of the help text. */
  static final int USAGE_WIDTH = 100;

  private Main() {}

  public static void main(String[] args) {
    Io io = Io.system();
    int code = run(args, io);
    io.flush();
    exit(code);
  }

  /**
   * Ends the process with this code. {@link System#exit} first sets up the JDK's logging to ask
   * whether the exit should be logged (JDK 21 and newer): about 14 ms of processor time, more than
   * a whole {@code truce --version}. truce registers no shutdown hook and has flushed what it
   * wrote, so it halts; unless a flight recording (JFR) is running, whose file is written by a
   * shutdown hook.
   */
  private static void exit(int code) {
    System.out.flush();
    System.err.flush();
    if (recordingFlight()) {
      System.exit(code);
    }
    Runtime.getRuntime().halt(code);
  }

  /** Whether a flight recording runs; also called by {@link Training}, to have its class cached. */
  static boolean recordingFlight() {
    try {
      return jdk.jfr.FlightRecorder.isInitialized();
    } catch (LinkageError e) {
      return false; // a Java runtime without the jdk.jfr module records nothing
    }
  }

  /** Runs {@code truce} with these arguments and streams; returns the exit code. */
  public static int run(String[] args, Io io) {
    if (asksForVersionOnly(args)) {
      // The one answer that needs no command line: picocli would read the root command's
      // annotations (spinning a proxy class for each annotation type, and method handles for each
      // field) only to print what VersionProvider gives (docs/benchmarks.md, "Cold start against
      // the JVM floor").
      // `truce --verbose --version` still goes through picocli; MainTest compares the two.
      try {
        io.out().println(VersionProvider.line());
        return ExitCode.OK;
      } catch (IOException | RuntimeException e) {
        return internalError(e, false, io);
      } finally {
        io.flush();
      }
    }
    TruceCommand root = new TruceCommand();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(io.err(), StandardCharsets.UTF_8));
    try {
      CommandFactory factory = new CommandFactory(io);
      CommandLine commandLine = new CommandLine(root.spec(), factory);
      for (TruceCommand.Subcommand command : subcommandsFor(args)) {
        Object subcommand = command.create().apply(io);
        commandLine.addSubcommand(
            subcommand instanceof CodedCommand coded
                ? new CommandLine(coded.spec(), factory)
                : subcommand);
      }
      commandLine
          .setOut(out)
          .setErr(err)
          .setCaseInsensitiveEnumValuesAllowed(true)
          // Wide enough that picocli, which also breaks after `.` and `(`, splits no path or word.
          .setUsageHelpWidth(USAGE_WIDTH)
          .setParameterExceptionHandler(new UsageErrors())
          .setExecutionExceptionHandler(new InternalErrors(root, io));
      return commandLine.execute(args);
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      // Thrown outside a command's own code (picocli itself), or an Error a command let through.
      return internalError(e, root.verbose(), io);
    } finally {
      out.flush();
      err.flush();
      io.flush();
    }
  }

  /** Whether the arguments are {@code --version} (or {@code -V}) alone. */
  static boolean asksForVersionOnly(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  /**
   * The subcommand the arguments name, or all of them when they name none (for the help, and for
   * "did you mean" on a misspelt name). Options before the name belong to {@code truce} itself.
   */
  static Collection<TruceCommand.Subcommand> subcommandsFor(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        TruceCommand.Subcommand named = TruceCommand.SUBCOMMANDS.get(arg);
        return named == null ? TruceCommand.SUBCOMMANDS.values() : List.of(named);
      }
    }
    // `--version` with other global options (`--verbose`) prints no command, unless the help is
    // asked for too.
    List<String> options = List.of(args);
    boolean version = options.contains("--version") || options.contains("-V");
    boolean help = options.contains("--help") || options.contains("-h");
    return version && !help ? List.of() : TruceCommand.SUBCOMMANDS.values();
  }

  // Classes, not lambdas: where picocli's classes are as it ships them (compiled for Java 5: a jar
  // built on a JDK older than 24, src/build/ModernizeClasses.java), a lambda implementing one of
  // its interfaces cannot be kept in the JVM's start-up cache, and spinning it at run time starts
  // the JVM's whole lambda machinery (about 15 ms).
  private static final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      return usageError(e);
    }
  }

  private record InternalErrors(TruceCommand root, Io io)
      implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine c, ParseResult p) {
      return internalError(e, root.verbose(), io);
    }
  }

  private static int usageError(ParameterException e) {
    CommandLine c = e.getCommandLine();
    PrintWriter err = c.getErr();
    String name = c.getCommandSpec().qualifiedName();
    if (e instanceof UnmatchedArgumentException unmatched
        && c.getParseResult().subcommand() == null
        && !c.getSubcommands().isEmpty()
        && !unmatched.getUnmatched().isEmpty()
        && !unmatched.getUnmatched().get(0).startsWith("-")) {
      err.println(name + ": `" + unmatched.getUnmatched().get(0) + "` is not a command");
    } else {
      err.println(name + ": " + UsageMessage.of(e, name));
    }
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("try `" + name + " --help`");
    return ExitCode.BAD_INPUT;
  }

  private static int internalError(Throwable e, boolean verbose, Io io) {
    io.out().flush();
    io.err().println(REPORT);
    if (verbose) {
      e.printStackTrace(io.err());
    } else {
      io.err().println("(run again with --verbose to see the details to include in the report)");
    }
    return ExitCode.INTERNAL;
  }
}
