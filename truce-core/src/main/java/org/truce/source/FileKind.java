package org.truce.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path names, beyond what {@link Files} tells apart: a FIFO (a named pipe, or a pipe such as
 * {@code /dev/stdin} or a shell's {@code <(...)}), a device or a socket. Reading and writing differ
 * for each: only a regular file has a size that can be trusted and may be replaced by a rename.
 */
public enum FileKind {
  MISSING("nothing"),
  REGULAR("a file"),
  DIRECTORY("a directory"),
  SYMBOLIC_LINK("a symbolic link"),
  FIFO("a pipe"),
  CHARACTER_DEVICE("a device"),
  BLOCK_DEVICE("a block device"),
  SOCKET("a socket"),
  OTHER("a special file");

  // The file type bits of st_mode (POSIX <sys/stat.h>).
  private static final int S_IFMT = 0170000;
  private static final int S_IFSOCK = 0140000;
  private static final int S_IFBLK = 0060000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFIFO = 0010000;

  private final String description;

  FileKind(String description) {
    this.description = description;
  }

  /** E.g. "a device", for messages. */
  public String description() {
    return description;
  }

  /** What {@code path} names, following symbolic links. */
  public static FileKind of(Path path) throws IOException {
    return of(path, true);
  }

  /** What {@code path} names; a link itself when {@code followLinks} is false. */
  public static FileKind of(Path path, boolean followLinks) throws IOException {
    LinkOption[] options =
        followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class, options);
    } catch (NoSuchFileException e) {
      return MISSING;
    }
    if (attributes.isRegularFile()) {
      return REGULAR;
    }
    if (attributes.isDirectory()) {
      return DIRECTORY;
    }
    if (attributes.isSymbolicLink()) {
      return SYMBOLIC_LINK;
    }
    try {
      int mode = (Integer) Files.getAttribute(path, "unix:mode", options);
      return switch (mode & S_IFMT) {
        case S_IFIFO -> FIFO;
        case S_IFCHR -> CHARACTER_DEVICE;
        case S_IFBLK -> BLOCK_DEVICE;
        case S_IFSOCK -> SOCKET;
        default -> OTHER;
      };
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      // Not a POSIX file system (Windows): a special file of some kind.
      return OTHER;
    }
  }
}
