package org.truce.source;

import java.io.IOException;
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
import java.util.Locale;
import java.util.Optional;

/**
 * Reads input files defensively: a missing file, a directory, an unreadable, binary, oversized or
 * non-UTF-8 file each gives a diagnostic instead of an exception. A leading byte-order mark is
 * dropped and line endings are kept as they are (spans index the text as read).
 */
public final class Sources {
  /** Agreements are a few hundred lines; anything this large is a mistake or an attack. */
  public static final long MAX_BYTES = 8L * 1024 * 1024;

  private Sources() {}

  public static LoadedSource read(Path path) {
    return read(path, path.toString());
  }

  /** Reads {@code path}, naming it {@code displayName} in messages. */
  public static LoadedSource read(Path path, String displayName) {
    SourceText empty = new SourceText(displayName, "");
    try {
      if (Files.isDirectory(path)) {
        return fail(empty, DiagnosticCode.IS_DIRECTORY, displayName);
      }
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        return fail(
            empty,
            DiagnosticCode.FILE_TOO_LARGE,
            displayName,
            megabytes(size),
            megabytes(MAX_BYTES));
      }
      return decode(Files.readAllBytes(path), displayName);
    } catch (NoSuchFileException e) {
      return fail(empty, DiagnosticCode.FILE_NOT_FOUND, displayName);
    } catch (AccessDeniedException e) {
      return fail(empty, DiagnosticCode.UNREADABLE, displayName, "permission denied");
    } catch (IOException e) {
      return fail(empty, DiagnosticCode.UNREADABLE, displayName, String.valueOf(e.getMessage()));
    }
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

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
