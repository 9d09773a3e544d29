package org.truce.cli;

import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * One plain sentence in the user's terms for each usage error picocli reports (HOUSE-STYLE 6):
 * picocli's own texts name Java types ("is not a long") and upper-case enum constants.
 */
final class UsageMessage {
  private UsageMessage() {}

  /** The sentence for this error of the command {@code name} (e.g. {@code truce check}). */
  static String of(ParameterException e, String name) {
    return switch (e) {
      case UnmatchedArgumentException u -> unmatched(u);
      case MissingParameterException m -> missing(m, name);
      case OverwrittenOptionException o -> "`" + label(o.getOverwritten()) + "` is given twice";
      default -> badValue(e);
    };
  }

  private static String unmatched(UnmatchedArgumentException e) {
    List<String> args = e.getUnmatched();
    if (args.isEmpty()) {
      return "unexpected argument";
    }
    String first = args.get(0);
    return first.startsWith("-")
        ? "unknown option `" + first + "`"
        : "unexpected argument `" + first + "`";
  }

  private static String missing(MissingParameterException e, String name) {
    List<ArgSpec> missing = e.getMissing();
    if (missing == null || missing.isEmpty()) {
      return "an argument is missing";
    }
    ArgSpec arg = missing.get(0);
    if (arg instanceof OptionSpec option) {
      return "`"
          + option.longestName()
          + "` needs a value: `"
          + option.longestName()
          + " "
          + option.paramLabel()
          + "`";
    }
    return "a " + arg.paramLabel() + " is missing: `" + name + " " + arg.paramLabel() + "`";
  }

  private static String badValue(ParameterException e) {
    ArgSpec arg = e.getArgSpec();
    String value = e.getValue();
    if (arg == null || value == null) {
      return e.getMessage();
    }
    String label = label(arg);
    if (arg.converters().length > 0 && e.getCause() != null) {
      // Our own converters already speak the user's terms.
      return e.getCause().getMessage();
    }
    Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
    if (type.isEnum()) {
      List<String> words =
          Arrays.stream(arg.paramLabel().split("\\|")).map(w -> "`" + w + "`").toList();
      return "`" + value + "` is not a value of `" + label + "`: use " + orList(words);
    }
    if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
      String unit = "DAYS".equals(arg.paramLabel()) ? "whole number of days" : "whole number";
      return "`" + value + "` is not a " + unit + " for `" + label + "`";
    }
    return "`" + value + "` is not a valid value for `" + label + "`";
  }

  /** "`a`", "`a` or `b`", "`a`, `b` or `c`". */
  private static String orList(List<String> words) {
    if (words.size() < 2) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " or "
        + words.get(words.size() - 1);
  }

  private static String label(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }
}
