package org.truce.syntax;

import java.util.List;
import java.util.Optional;
import org.truce.source.Span;

/**
 * One line of the agreement header: version, date, who tabled it, the version it follows, start.
 */
public sealed interface HeaderField {
  Span span();

  /** {@code version "2024-05-31"}: the version label of this text. */
  record Version(Text label, Span span) implements HeaderField {}

  /** {@code dated 2024-05-31}: the date the text bears; {@code date} is the literal as written. */
  record Dated(String date, Span span) implements HeaderField {}

  /** {@code tabled by israel via qatar, egypt, us}. */
  record TabledBy(Name party, List<Name> via, Span span) implements HeaderField {
    public TabledBy {
      via = List.copyOf(via);
    }
  }

  /**
   * {@code previous "2024-05-31"}: the version label of the text this one follows in the
   * negotiation (the proposal a counterproposal answers, the draft a revision replaces).
   */
  record Previous(Text version, Span span) implements HeaderField {}

  /** {@code starts 2023-11-24 07:00}: entry into force; gives calendar dates to the timeline. */
  record Starts(String date, Optional<String> time, Span span) implements HeaderField {}

  /**
   * {@code zone "Asia/Beirut"} or {@code zone "UTC+02:00"}: the time zone of the agreement's dates
   * and hours (an IANA id or a fixed offset).
   */
  record Zone(Text id, Span span) implements HeaderField {}
}
