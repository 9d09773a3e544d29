package org.truce.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads at most a given number of bytes from a stream that may never end (a device, an endless
 * pipe) or never send anything (a FIFO no program writes to, a program that stops). The size bound
 * holds for every stream: reading stops one byte past it. The wait bound, when given, is a time of
 * silence: the stream must open and then send a byte or end within it, again after each byte, or
 * the read is given up. A read given up leaves its thread blocked in the system (a blocked {@code
 * open} or {@code read} of a pipe cannot be interrupted); the thread is a daemon and ends when the
 * stream sends or ends, or with the process.
 */
final class BoundedRead {
  private BoundedRead() {}

  /** Opens the stream to read, in the thread that reads it (opening a FIFO may block). */
  interface Opener {
    InputStream open() throws IOException;
  }

  /** What a read gave. */
  sealed interface Outcome {
    /** The bytes read: all of the stream, or {@code max + 1} bytes when it is longer. */
    record Bytes(byte[] bytes) implements Outcome {}

    record Failed(IOException error) implements Outcome {}

    /** Nothing came for the whole wait. */
    record Silent() implements Outcome {}
  }

  static Outcome read(Opener opener, long max, Optional<Duration> wait) {
    if (wait.isEmpty()) {
      try (InputStream in = opener.open()) {
        return new Outcome.Bytes(in.readNBytes((int) max + 1));
      } catch (IOException e) {
        return new Outcome.Failed(e);
      }
    }
    Reader reader = new Reader(opener, max);
    Thread thread = new Thread(reader, "truce-input");
    thread.setDaemon(true);
    thread.start();
    return reader.await(wait.get());
  }

  /** Reads in its own thread; the caller waits on it with {@link #await}. */
  private static final class Reader implements Runnable {
    private final Opener opener;
    private final long max;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long lastProgress = System.nanoTime();
    private Outcome outcome;
    private Throwable bug;

    Reader(Opener opener, long max) {
      this.opener = opener;
      this.max = max;
    }

    @Override
    public void run() {
      Outcome result;
      try (InputStream in = opener.open()) {
        progress();
        byte[] buffer = new byte[1 << 16];
        long left = max + 1;
        while (left > 0) {
          int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
          if (n < 0) {
            break;
          }
          synchronized (this) {
            bytes.write(buffer, 0, n);
          }
          left -= n;
          progress();
        }
        synchronized (this) {
          result = new Outcome.Bytes(bytes.toByteArray());
        }
      } catch (IOException e) {
        result = new Outcome.Failed(e);
      } catch (RuntimeException | Error e) {
        // A bug (in a stream, or here): handed to the caller, which throws it as its own.
        synchronized (this) {
          bug = e;
          notifyAll();
        }
        return;
      }
      synchronized (this) {
        outcome = result;
        notifyAll();
      }
    }

    private synchronized void progress() {
      lastProgress = System.nanoTime();
      notifyAll();
    }

    synchronized Outcome await(Duration wait) {
      long limit = wait.toNanos();
      while (outcome == null) {
        switch (bug) {
          case null -> {}
          case RuntimeException e -> throw e;
          case Error e -> throw e;
          default -> throw new IllegalStateException(bug);
        }
        long silent = System.nanoTime() - lastProgress;
        if (silent >= limit) {
          return new Outcome.Silent();
        }
        try {
          long nanos = limit - silent;
          wait(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return new Outcome.Silent();
        }
      }
      return outcome;
    }
  }
}
