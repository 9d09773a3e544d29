package org.truce.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads input files defensively: a missing file, a directory, an unreadable, binary, oversized or
 * non-UTF-8 file each gives a diagnostic instead of an exception. A leading byte-order mark is
 * dropped and line endings are kept as they are (spans index the text as read).
 *
 * <p>No input is trusted to end: every read stops one byte past {@link #MAX_BYTES}, whatever the
 * file says its size is. A device ({@code /dev/zero}, a terminal) or a socket is refused (E010). A
 * pipe ({@code /dev/stdin}, a named pipe, a shell's {@code <(...)}) is read to its end, up to the
 * same bound (E011), and given up when it sends nothing for the wait given (E012): a named pipe no
 * program writes to, or a program that stops without closing it, cannot hang truce.
 */
public final class Sources {
  /** Agreements are a few hundred lines; anything this large is a mistake or an attack. */
  public static final long MAX_BYTES = 8L * 1024 * 1024;

  /** How long a pipe may send nothing before truce stops waiting for it. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

  private Sources() {}

  public static LoadedSource read(Path path) {
    return read(path, path.toString());
  }

  /** Reads {@code path}, naming it {@code displayName} in messages. */
  public static LoadedSource read(Path path, String displayName) {
    return read(path, displayName, DEFAULT_WAIT);
  }

  /**
   * Reads {@code path}, naming it {@code displayName} in messages; a pipe may send nothing for at
   * most {@code wait}.
   */
  public static LoadedSource read(Path path, String displayName, Duration wait) {
    SourceText empty = new SourceText(displayName, "");
    try {
      FileKind kind = FileKind.of(path);
      return switch (kind) {
        case MISSING -> fail(empty, DiagnosticCode.FILE_NOT_FOUND, displayName);
        case DIRECTORY -> fail(empty, DiagnosticCode.IS_DIRECTORY, displayName);
        case REGULAR -> regular(path, displayName);
        case FIFO ->
            loaded(
                BoundedRead.read(() -> Files.newInputStream(path), MAX_BYTES, Optional.of(wait)),
                displayName,
                wait);
        case SYMBOLIC_LINK, CHARACTER_DEVICE, BLOCK_DEVICE, SOCKET, OTHER ->
            fail(empty, DiagnosticCode.NOT_A_FILE, displayName, kind.description());
      };
    } catch (IOException e) {
      return unreadable(empty, displayName, e);
    }
  }

  /** A regular file, whose size is reported when too large but not trusted to bound the read. */
  private static LoadedSource regular(Path path, String displayName) throws IOException {
    BoundedRead.Outcome read =
        BoundedRead.read(() -> Files.newInputStream(path), MAX_BYTES, Optional.empty());
    if (read instanceof BoundedRead.Outcome.Bytes b && b.bytes().length > MAX_BYTES) {
      long size = Math.max(b.bytes().length, Files.size(path));
      return fail(
          new SourceText(displayName, ""),
          DiagnosticCode.FILE_TOO_LARGE,
          displayName,
          megabytes(size),
          megabytes(MAX_BYTES));
    }
    return loaded(read, displayName, Duration.ZERO);
  }

  /**
   * Reads a stream (standard input) to its end, naming it {@code displayName} in messages; it may
   * send nothing for at most {@code wait}, or for ever when empty (a person typing at a terminal).
   */
  public static LoadedSource read(InputStream in, String displayName, Optional<Duration> wait) {
    return loaded(
        BoundedRead.read(() -> new Unclosed(in), MAX_BYTES, wait),
        displayName,
        wait.orElse(Duration.ZERO));
  }

  private static LoadedSource loaded(
      BoundedRead.Outcome outcome, String displayName, Duration wait) {
    SourceText empty = new SourceText(displayName, "");
    return switch (outcome) {
      case BoundedRead.Outcome.Bytes b when b.bytes().length > MAX_BYTES ->
          fail(empty, DiagnosticCode.STREAM_TOO_LARGE, displayName, megabytes(MAX_BYTES));
      case BoundedRead.Outcome.Bytes b -> decode(b.bytes(), displayName);
      case BoundedRead.Outcome.Failed f -> unreadable(empty, displayName, f.error());
      case BoundedRead.Outcome.Silent s ->
          fail(empty, DiagnosticCode.STREAM_SILENT, displayName, seconds(wait));
    };
  }

  private static LoadedSource unreadable(SourceText empty, String displayName, IOException e) {
    return switch (e) {
      case NoSuchFileException x -> fail(empty, DiagnosticCode.FILE_NOT_FOUND, displayName);
      case AccessDeniedException x ->
          fail(empty, DiagnosticCode.UNREADABLE, displayName, "permission denied");
      default ->
          fail(empty, DiagnosticCode.UNREADABLE, displayName, String.valueOf(e.getMessage()));
    };
  }

  /** Standard input, which reading must not close. */
  private static final class Unclosed extends FilterInputStream {
    Unclosed(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }

  /** Decodes bytes already read (from a file or standard input). */
  public static LoadedSource decode(byte[] bytes, String displayName) {
    SourceText empty = new SourceText(displayName, "");
    if (bytes.length > MAX_BYTES) {
      return fail(
          empty,
          DiagnosticCode.FILE_TOO_LARGE,
          displayName,
          megabytes(bytes.length),
          megabytes(MAX_BYTES));
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return fail(empty, DiagnosticCode.BINARY_FILE, displayName, i);
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      return fail(empty, DiagnosticCode.INVALID_UTF8, displayName, in.position());
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    SourceText source = new SourceText(displayName, text);
    if (text.isBlank()) {
      return new LoadedSource(
          source, Optional.of(Diagnostic.of(DiagnosticCode.EMPTY_FILE, Span.NONE)));
    }
    return new LoadedSource(source, Optional.empty());
  }

  /** Decodes strictly, for callers that want an exception (tests, trusted resources). */
  public static String decodeStrict(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static LoadedSource fail(SourceText empty, DiagnosticCode code, Object... args) {
    return new LoadedSource(empty, Optional.of(Diagnostic.of(code, Span.NONE, args)));
  }

  /** E.g. "1 second", "60 seconds". */
  public static String seconds(Duration wait) {
    long seconds = wait.toSeconds();
    return seconds + (seconds == 1 ? " second" : " seconds");
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
