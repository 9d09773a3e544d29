package org.truce.check.internal.explore;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The search's worker threads, kept for the whole search and handed one step at a time (decision
 * 0039). The search's own thread is worker 0 and runs its share of each step; {@link #run} returns
 * once every worker is done with the step, so no worker reads the store while the search's thread
 * writes it.
 *
 * <p>Why not an executor: a search of 200,000 states has about 500 steps of a millisecond or less,
 * and a task submitted to a pool costs a queue, a future and, for a parked thread, a wake-up of
 * tens of microseconds on each side. Here a worker between two steps, and the search's thread
 * waiting for the last worker, first spin for a little while ({@link #SPIN_NANOS}, longer than most
 * of the gaps between steps, and most waits for a straggler's last block) and only then park; a
 * step is handed over by a volatile write and an unpark, which costs nothing for a thread that is
 * spinning.
 *
 * <p>Threading: {@link #run} and {@link #close} are for the one thread that made the team.
 */
final class Team implements AutoCloseable {
  /** Work done by each worker in a step: {@code worker} is 0 for the search's own thread. */
  @FunctionalInterface
  interface Step {
    void run(int worker);
  }

  /** Work on part {@code part}, by worker {@code worker}. */
  @FunctionalInterface
  interface Part {
    void run(int worker, int part);
  }

  /** How long a waiting thread spins before it parks: about the gap between two steps. */
  private static final long SPIN_NANOS = 50_000;

  private final Thread owner = Thread.currentThread();
  // No spinning when there are more workers than cores: a spinning thread would hold the core
  // that the thread it waits for needs.
  private final long spinNanos;
  private final Thread[] threads;
  // Written before the generation: a worker that sees the new generation sees the step.
  private Step step;
  private volatile int generation;
  private volatile boolean closed;
  private final AtomicInteger pending = new AtomicInteger();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  /** A team of the calling thread and {@code helpers} daemon threads named {@code name}. */
  Team(int helpers, String name) {
    threads = new Thread[helpers];
    spinNanos = helpers < Runtime.getRuntime().availableProcessors() ? SPIN_NANOS : 0;
    for (int i = 0; i < helpers; i++) {
      int worker = i + 1;
      threads[i] = new Thread(() -> work(worker), name);
      threads[i].setDaemon(true); // a check that fails never waits for its workers to exit
      threads[i].start();
    }
  }

  /** Workers, the calling thread included. */
  int size() {
    return threads.length + 1;
  }

  /**
   * Runs {@code step} on every worker and returns when all are done; rethrows the first failure of
   * any (an {@link Error} as it is, so that an {@code OutOfMemoryError} stops the search at a
   * memory limit as on one thread).
   */
  void run(Step step) {
    if (threads.length == 0) {
      step.run(0);
      return;
    }
    this.step = step;
    pending.set(threads.length);
    generation++; // only this thread writes it
    for (Thread t : threads) {
      LockSupport.unpark(t);
    }
    try {
      step.run(0);
    } catch (RuntimeException | Error e) {
      failure.compareAndSet(null, e);
    }
    // Wait for every worker even after a failure here: none may still be reading the store when
    // the search goes on or stops.
    long start = System.nanoTime();
    while (pending.get() > 0) {
      pause(start);
    }
    this.step = null;
    if (Thread.currentThread().isInterrupted()) {
      // Parking does not wait while the flag is set: the wait above spun; the search stops here.
      throw new IllegalStateException("the search was interrupted");
    }
    Throwable failed = failure.getAndSet(null);
    if (failed instanceof Error error) {
      throw error;
    } else if (failed instanceof RuntimeException e) {
      throw new IllegalStateException("a search worker failed", e);
    }
  }

  /**
   * Runs {@code part} over parts 0 to {@code count - 1}, each worker claiming one at a time until
   * none is left; this thread is worker 0, and returns when every worker is done. Part {@code
   * mine}, if not -1, is this thread's, done first.
   */
  void inParts(int count, Part part, int mine) {
    if (size() == 1 || count <= 1) {
      if (mine >= 0) {
        part.run(0, mine);
      }
      for (int p = 0; p < count; p++) {
        if (p != mine) {
          part.run(0, p);
        }
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    run(
        worker -> {
          if (worker == 0 && mine >= 0) {
            part.run(0, mine);
          }
          for (int p = next.getAndIncrement(); p < count; p = next.getAndIncrement()) {
            if (p != mine) {
              part.run(worker, p);
            }
          }
        });
  }

  @Override
  public void close() {
    closed = true;
    for (Thread t : threads) {
      LockSupport.unpark(t);
    }
  }

  private void work(int worker) {
    int seen = 0;
    while (true) {
      long start = System.nanoTime();
      while (generation == seen) {
        if (closed) {
          return;
        }
        pause(start);
      }
      seen = generation;
      try {
        step.run(worker);
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
      }
      if (pending.decrementAndGet() == 0) {
        LockSupport.unpark(owner);
      }
    }
  }

  /** One round of waiting: a spin at first, a park once {@link #spinNanos} have gone by. */
  private void pause(long since) {
    if (System.nanoTime() - since < spinNanos) {
      Thread.onSpinWait();
    } else {
      // A spurious return, or an unpark meant for an earlier step, only costs a look at the flag.
      LockSupport.parkNanos(1_000_000L);
    }
  }
}
