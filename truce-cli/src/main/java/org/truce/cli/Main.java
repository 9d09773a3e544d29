package org.truce.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
  /** Where users report internal errors. */
  public static final String ISSUES = "https://github.com/truce-project/truce/issues";

  private Main() {}

  public static void main(String[] args) {
    Io io = Io.system();
    int code = run(args, io);
    io.flush();
    System.exit(code);
  }

  /** Runs {@code truce} with these arguments and streams; returns the exit code. */
  public static int run(String[] args, Io io) {
    TruceCommand root = new TruceCommand();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(io.err(), StandardCharsets.UTF_8));
    try {
      CommandLine commandLine = new CommandLine(root, new CommandFactory(io));
      commandLine
          .setOut(out)
          .setErr(err)
          .setCaseInsensitiveEnumValuesAllowed(true)
          .setParameterExceptionHandler(Main::usageError)
          .setExecutionExceptionHandler(
              (Exception e, CommandLine c, ParseResult p) -> internalError(e, root.verbose, io));
      return commandLine.execute(args);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Thrown outside a command's own code (picocli itself), or an Error a command let through.
      return internalError(e, root.verbose, io);
    } finally {
      out.flush();
      err.flush();
      io.flush();
    }
  }

  private static int usageError(ParameterException e, String[] args) {
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
      err.println(name + ": " + e.getMessage());
    }
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("try `" + name + " --help`");
    return ExitCode.BAD_INPUT;
  }

  private static int internalError(Throwable e, boolean verbose, Io io) {
    io.out().flush();
    io.err().println("truce: internal error, please report it at " + ISSUES);
    if (verbose) {
      e.printStackTrace(io.err());
    } else {
      io.err().println("(run again with --verbose to see the details to include in the report)");
    }
    return ExitCode.INTERNAL;
  }
}
