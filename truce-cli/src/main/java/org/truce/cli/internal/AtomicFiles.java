package org.truce.cli.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.truce.source.FileKind;
import org.truce.source.Sources;

/**
 * Writes files so that a reader sees either the old content or the new, never half of it: the text
 * goes to a temporary file in the same folder, is flushed to disk, then renamed over the target
 * (docs/cli.md, "Outputs"; docs/decisions/0012).
 *
 * <ul>
 *   <li>Only a regular file, or a name where nothing is yet, is replaced so. A symbolic link is
 *       followed to the file it names, which is replaced; the link stays. The replaced file keeps
 *       its owner, group and permissions; where they cannot be kept (the file belongs to another
 *       user and truce does not run as root), or the file has other hard links, it is written in
 *       place instead, so that it stays the same file.
 *   <li>A device ({@code /dev/null}, a terminal) or a pipe is written through, as a shell's {@code
 *       >} would: it cannot be replaced, and a rename over it would put a regular file in its
 *       place. So is a stream of the process itself ({@code /dev/stderr}, {@code /dev/fd/N}),
 *       appended to. A pipe that no program reads within the input wait is given up.
 *   <li>Anything else (a block device, a socket) is refused.
 * </ul>
 */
public final class AtomicFiles {
  private static final Set<PosixFilePermission> NEW_FILE =
      PosixFilePermissions.fromString("rw-r--r--");

  /** More links than this in a chain is a loop (Linux's own limit is 40). */
  private static final int MAX_LINKS = 40;

  private AtomicFiles() {}

  public static void write(Path target, String text) throws IOException {
    Destination destination = follow(target.toAbsolutePath());
    Path path = destination.path();
    FileKind kind = destination.stream() ? FileKind.of(path) : FileKind.of(path, false);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    switch (kind) {
      case MISSING, REGULAR -> {
        if (destination.stream()) {
          writeThrough(path, bytes, StandardOpenOption.APPEND);
        } else {
          replace(path, bytes);
        }
      }
      case FIFO, CHARACTER_DEVICE ->
          writeThrough(
              path,
              Terminals.isTerminal(path) ? VisibleControls.shown(bytes) : bytes,
              destination.stream() ? StandardOpenOption.APPEND : StandardOpenOption.WRITE);
      case DIRECTORY -> throw new FileSystemException(target.toString(), null, "Is a directory");
      case SYMBOLIC_LINK, BLOCK_DEVICE, SOCKET, OTHER ->
          throw new FileSystemException(
              target.toString(),
              null,
              "it is "
                  + kind.description()
                  + "; truce writes to files, to devices such as `/dev/null` and to pipes");
    }
  }

  /** Where a path leads: the end of its chain of links, and whether that is a process's stream. */
  private record Destination(Path path, boolean stream) {}

  /**
   * Follows {@code path}'s chain of symbolic links, also to a target that does not exist yet. A
   * link through {@code /dev/fd} or {@code /proc/.../fd} names an open stream of a process: it is
   * not followed further, since what it points to may be a pipe with no name.
   */
  private static Destination follow(Path path) throws IOException {
    Path current = path;
    for (int i = 0; i <= MAX_LINKS; i++) {
      if (isStreamName(current)) {
        return new Destination(current, true);
      }
      Path parent = current.getParent();
      if (parent != null && Files.isDirectory(parent)) {
        // The folders on the way may be links too; the last name is looked at below.
        current = parent.toRealPath().resolve(current.getFileName());
        if (isStreamName(current)) {
          return new Destination(current, true);
        }
      }
      if (!Files.isSymbolicLink(current)) {
        return new Destination(current, false);
      }
      Path link = Files.readSymbolicLink(current);
      current = parent == null ? link : parent.resolve(link).normalize();
    }
    throw new FileSystemException(path.toString(), null, "Too many levels of symbolic links");
  }

  private static boolean isStreamName(Path path) {
    Path parent = path.getParent();
    if (parent == null || parent.getFileName() == null) {
      return false;
    }
    String folder = parent.toString();
    return folder.equals("/dev/fd") || (folder.startsWith("/proc/") && folder.endsWith("/fd"));
  }

  /** The atomic replacement of a regular file, or the creation of a new one. */
  private static void replace(Path target, byte[] bytes) throws IOException {
    Optional<PosixFileAttributes> old = attributes(target);
    if (old.isPresent() && (otherLinks(target) || !sameOwnerPossible(old.get()))) {
      writeInPlace(target, bytes);
      return;
    }
    Path folder = target.getParent();
    Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        writeAll(channel, bytes);
        channel.force(true);
      }
      if (!keepAttributes(old, temp)) {
        Files.delete(temp);
        writeInPlace(target, bytes);
        return;
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static Optional<PosixFileAttributes> attributes(Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  private static boolean otherLinks(Path target) throws IOException {
    try {
      return ((Number) Files.getAttribute(target, "unix:nlink", LinkOption.NOFOLLOW_LINKS))
              .intValue()
          > 1;
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Whether a new file can be given {@code old}'s owner and group: as root, or when they are ours.
   */
  private static boolean sameOwnerPossible(PosixFileAttributes old) {
    String user = System.getProperty("user.name");
    return "root".equals(user) || old.owner().getName().equals(user);
  }

  /**
   * Gives the new file the old one's permissions, group and owner (a new file: {@code rw-r--r--});
   * false when the system does not allow it (a group truce's user is not in).
   */
  private static boolean keepAttributes(Optional<PosixFileAttributes> old, Path temp)
      throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return true; // Not a POSIX file system: the folder's defaults.
    }
    if (old.isEmpty()) {
      view.setPermissions(NEW_FILE);
      return true;
    }
    view.setPermissions(old.get().permissions());
    try {
      view.setGroup(old.get().group());
      view.setOwner(old.get().owner());
    } catch (FileSystemException e) {
      return false;
    }
    // Changing the owner may clear the set-user-ID bits: set the permissions again.
    view.setPermissions(old.get().permissions());
    return true;
  }

  /** Truncates and rewrites a regular file that must stay the same file. */
  private static void writeInPlace(Path target, byte[] bytes) throws IOException {
    try (FileChannel channel =
        FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      writeAll(channel, bytes);
      channel.force(true);
    }
  }

  /**
   * Writes to a device, a pipe or a stream of the process. Opening a pipe waits for a program to
   * read it; one that nobody reads within the input wait is given up.
   */
  private static void writeThrough(Path target, byte[] bytes, StandardOpenOption mode)
      throws IOException {
    CompletableFuture<FileChannel> opening = new CompletableFuture<>();
    Thread opener =
        new Thread(
            () -> {
              try {
                opening.complete(FileChannel.open(target, mode));
              } catch (IOException | RuntimeException e) {
                opening.completeExceptionally(e);
              }
            },
            "truce-output");
    opener.setDaemon(true);
    opener.start();
    Duration wait = Inputs.waitForInput();
    FileChannel channel;
    try {
      channel = opening.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new FileSystemException(
          target.toString(), null, "no program read from it for " + Sources.seconds(wait));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while opening " + target);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    }
    try (channel) {
      writeAll(channel, bytes);
    }
  }

  private static void writeAll(FileChannel channel, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }
}
