package org.truce.cli.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a reader sees either the old content or the new, never half of it: the text
 * goes to a temporary file in the same folder, is flushed to disk, then renamed over the target.
 * The target keeps its permissions.
 */
public final class AtomicFiles {
  private static final Set<PosixFilePermission> NEW_FILE =
      PosixFilePermissions.fromString("rw-r--r--");

  private AtomicFiles() {}

  public static void write(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(text);
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      keepPermissions(absolute, temp);
      Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void keepPermissions(Path target, Path temp) throws IOException {
    try {
      Set<PosixFilePermission> permissions =
          Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE;
      Files.setPosixFilePermissions(temp, permissions);
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the temporary file has the folder's default permissions.
    }
  }
}
