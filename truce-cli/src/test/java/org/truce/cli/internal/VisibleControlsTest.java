package org.truce.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The filter on a terminal's stream: controls shown, everything else byte for byte. */
class VisibleControlsTest {
  private static String shown(String text) {
    return new String(
        VisibleControls.shown(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  @Test
  void showsC0ControlsButKeepsTabsAndLineFeeds() {
    assertThat(shown("a\u001b[2Jb\u0007\tc\n")).isEqualTo("a\\x1b[2Jb\\x07\tc\n");
    assertThat(shown("\u0000\u001f\u007f")).isEqualTo("\\x00\\x1f\\u007f");
  }

  @Test
  void showsC1ControlsAndBidiOverridesButKeepsOtherText() {
    assertThat(shown("\u009b31m \u202eevil \u2066x\u2069"))
        .isEqualTo("\\u009b31m \\u202eevil \\u2066x\\u2069");
    assertThat(shown("Gaza غزة 😀 café")).isEqualTo("Gaza غزة 😀 café");
  }

  @Test
  void keepsACarriageReturnOnlyInALineBreak() {
    assertThat(shown("a\r\nb\rc\r")).isEqualTo("a\r\nb\\x0dc\\x0d");
  }

  @Test
  void aCharacterSplitAcrossWritesIsHeldUntilComplete() throws IOException {
    byte[] rlo = "\u202e".getBytes(StandardCharsets.UTF_8);
    byte[] e = "é".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (VisibleControls visible = new VisibleControls(out)) {
      visible.write(rlo, 0, 1);
      visible.write(rlo, 1, 2);
      visible.write(e[0]);
      visible.write(e[1]);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\\u202eé");
  }

  @Test
  void bytesThatAreNotUtf8PassAsTheyAre() {
    byte[] broken = {'a', (byte) 0xC3, 'b', (byte) 0xFF};
    assertThat(VisibleControls.shown(broken)).containsExactly(broken);
  }
}
