package org.truce.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command whose picocli model is built in code rather than read from annotations
 * (docs/decisions/0038-command-models-in-code.md): reading annotations spins a proxy class for each
 * annotation type at every start, through the JDK's class-file library, and reflects on every
 * field; about 70 ms of a 25-state check's 180 ms above the JVM's own start. {@link Main} registers
 * the model {@link #spec()} returns instead of inspecting the class.
 */
interface CodedCommand {
  /** The model of this command, bound to this object's {@link Value}s; built once per object. */
  CommandSpec spec();

  /** The model of a command named {@code name}, with no option yet; {@code command} is called. */
  static CommandSpec named(Object command, String name) {
    return CommandSpec.wrapWithoutInspection(command).name(name);
  }

  // Each builder gives picocli the value's initial content: picocli sets every option to its
  // initial value before it parses, and would otherwise set null.

  /** An option that takes no value: {@code value} is set to true when it is given. */
  static OptionSpec.Builder flag(Value<Boolean> value, String... names) {
    return OptionSpec.builder(names)
        .type(boolean.class)
        .initialValue(value.value())
        .getter(value)
        .setter(value);
  }

  /** An option with a value of this type, shown as {@code label} in the help. */
  static <T> OptionSpec.Builder option(
      Value<T> value, Class<? super T> type, String label, String... names) {
    return OptionSpec.builder(names)
        .type(type)
        .paramLabel(label)
        .initialValue(value.value())
        .getter(value)
        .setter(value);
  }

  /** A repeatable option whose values are gathered in a list. */
  static OptionSpec.Builder list(
      Value<java.util.List<String>> value, String label, String... names) {
    return OptionSpec.builder(names)
        .type(java.util.List.class)
        .auxiliaryTypes(String.class)
        .paramLabel(label)
        .initialValue(value.value())
        .getter(value)
        .setter(value);
  }

  /**
   * A required positional parameter of this type, shown as {@code label} in the help (picocli
   * derives "required" from the arity only when it reads annotations).
   */
  static <T> PositionalParamSpec.Builder parameter(
      Value<T> value, Class<? super T> type, String label) {
    return PositionalParamSpec.builder()
        .type(type)
        .paramLabel(label)
        .required(true)
        .initialValue(value.value())
        .getter(value)
        .setter(value);
  }

  /** The exit codes of the help, each {@code "code:meaning"} as in picocli's annotation. */
  static Map<String, String> exitCodes(String... entries) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String entry : entries) {
      int colon = entry.indexOf(':');
      codes.put(entry.substring(0, colon), entry.substring(colon + 1));
    }
    return codes;
  }

  /**
   * Where picocli puts the value of an option or parameter, and where the command reads it. A
   * class, not a lambda (see {@link Main}'s handlers).
   */
  final class Value<T> implements IGetter, ISetter {
    private T value;

    Value(T initial) {
      this.value = initial;
    }

    /** The value given on the command line, or the initial one. */
    T value() {
      return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <U> U get() {
      return (U) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <U> U set(U newValue) {
      T old = value;
      value = (T) newValue;
      return (U) old;
    }
  }
}
