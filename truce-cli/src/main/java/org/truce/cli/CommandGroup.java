package org.truce.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands ({@code truce log}, {@code truce dossier}). */
abstract class CommandGroup implements Callable<Integer> {
  @Mixin HelpOption help;

  @Spec CommandSpec spec;

  /** Run without a subcommand: a usage error that names them. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "name a command: " + String.join(", ", spec.subcommands().keySet()));
  }
}
