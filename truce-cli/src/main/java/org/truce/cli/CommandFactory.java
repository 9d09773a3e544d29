package org.truce.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Creates the command objects with the streams they print to; anything else as picocli would. */
final class CommandFactory implements IFactory {
  private final Io io;

  CommandFactory(Io io) {
    this.io = io;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    for (Constructor<?> constructor : type.getConstructors()) {
      if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == Io.class) {
        return type.cast(constructor.newInstance(io));
      }
    }
    return CommandLine.defaultFactory().create(type);
  }
}
