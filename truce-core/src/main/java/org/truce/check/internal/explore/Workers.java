package org.truce.check.internal.explore;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Pools of worker threads for the search and the analyses. */
public final class Workers {
  private Workers() {}

  /**
   * A pool of {@code threads} daemon threads named {@code name}: a check that ends, or fails, never
   * waits for its workers to let the JVM exit.
   */
  public static ExecutorService pool(int threads, String name) {
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }
}
