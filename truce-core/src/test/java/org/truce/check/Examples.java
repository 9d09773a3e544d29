package org.truce.check;

import static org.truce.testing.Repository.root;

import org.truce.model.Agreement;
import org.truce.model.ModelBuilder;
import org.truce.model.ModelResult;
import org.truce.source.LoadedSource;
import org.truce.source.Sources;

/** Loads the bundled examples (examples/*.truce) as validated models. */
public final class Examples {
  private Examples() {}

  public static Agreement load(String name) {
    return result(name).agreement().orElseThrow();
  }

  /** The example's model with its source map, for witnesses that cite lines. */
  public static ModelResult result(String name) {
    LoadedSource loaded = Sources.read(root().resolve("examples").resolve(name + ".truce"));
    if (!loaded.ok()) {
      throw new IllegalStateException("cannot read example " + name);
    }
    ModelResult result = ModelBuilder.load(loaded.source());
    if (result.hasErrors() || result.agreement().isEmpty()) {
      throw new IllegalStateException(
          "example " + name + " does not validate: " + result.diagnostics());
    }
    return result;
  }
}
