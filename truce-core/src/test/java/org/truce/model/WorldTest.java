package org.truce.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorldTest {
  @Test
  void theTestWorldWithOnePhaseIsValidAndSilent() {
    ModelResult result = new Trees().inPhase();
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.agreement()).isPresent();
    assertThat(result.sourceMap()).isPresent();
  }
}
