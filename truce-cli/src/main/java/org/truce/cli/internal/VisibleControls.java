package org.truce.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.truce.source.VisibleText;

/**
 * A stream to a terminal that shows control characters as escapes ({@link VisibleText}) instead of
 * letting them act: whatever a command prints (diagnostics, timelines, renders, diffs, exported
 * journals) goes through it when standard output or error is a terminal, so that no text read from
 * a file can clear the screen, retitle the window, hide a link or reverse the text. Files and pipes
 * get the bytes unchanged, so that exported journals and JSON read back as they were.
 *
 * <p>The bytes written are UTF-8 (the command line's streams are); a character split across two
 * writes is held until it is complete. A carriage return is kept only right before a line feed (a
 * Windows line break), and shown as {@code \x0d} anywhere else, where it would overwrite the line.
 */
public final class VisibleControls extends FilterOutputStream {
  private final byte[] pending = new byte[4];
  private int pendingLength;
  private int expected;
  private boolean carriageReturn;

  public VisibleControls(OutputStream out) {
    super(out);
  }

  /** {@code bytes} (UTF-8) as a terminal is given them. */
  public static byte[] shown(byte[] bytes) {
    ByteArrayOutputStream shown = new ByteArrayOutputStream(bytes.length);
    try (VisibleControls visible = new VisibleControls(shown)) {
      visible.write(bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array cannot fail
    }
    return shown.toByteArray();
  }

  @Override
  public void write(int b) throws IOException {
    int unsigned = b & 0xFF;
    if (expected > 0) {
      if ((unsigned & 0xC0) == 0x80) {
        pending[pendingLength++] = (byte) unsigned;
        if (pendingLength == expected) {
          completeCharacter();
        }
        return;
      }
      // A broken sequence: pass its bytes on as they are and read this byte afresh.
      flushPending();
    }
    if (unsigned < 0x80) {
      ascii(unsigned);
    } else if (unsigned >= 0xC2 && unsigned <= 0xF4) {
      releaseCarriageReturn();
      pending[0] = (byte) unsigned;
      pendingLength = 1;
      expected = unsigned < 0xE0 ? 2 : unsigned < 0xF0 ? 3 : 4;
    } else {
      releaseCarriageReturn();
      out.write(unsigned);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      write(b[i]);
    }
  }

  private void ascii(int c) throws IOException {
    if (carriageReturn) {
      carriageReturn = false;
      if (c == '\n') {
        out.write('\r');
        out.write('\n');
        return;
      }
      shown('\r');
    }
    if (c == '\r') {
      carriageReturn = true;
    } else if (VisibleText.isHidden(c)) {
      shown(c);
    } else {
      out.write(c);
    }
  }

  private void completeCharacter() throws IOException {
    String character = new String(pending, 0, pendingLength, StandardCharsets.UTF_8);
    int codePoint = character.codePointAt(0);
    if (VisibleText.isHidden(codePoint)) {
      shown(codePoint);
    } else {
      out.write(pending, 0, pendingLength);
    }
    pendingLength = 0;
    expected = 0;
  }

  private void shown(int codePoint) throws IOException {
    out.write(VisibleText.escape(codePoint).getBytes(StandardCharsets.US_ASCII));
  }

  private void releaseCarriageReturn() throws IOException {
    if (carriageReturn) {
      carriageReturn = false;
      shown('\r');
    }
  }

  private void flushPending() throws IOException {
    out.write(pending, 0, pendingLength);
    pendingLength = 0;
    expected = 0;
  }

  @Override
  public void close() throws IOException {
    releaseCarriageReturn();
    if (expected > 0) {
      flushPending();
    }
    super.close();
  }
}
