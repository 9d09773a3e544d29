package org.truce.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a dossier's ledger: its id (unique in the ledger; re-importing an entry with the
 * same id and content changes nothing), the date of what it records, what it records, where the
 * claim comes from, and the earlier entry it corrects, if any.
 */
public record Entry(
    String id, LocalDate date, Body body, Provenance provenance, Optional<String> supersedes) {
  public Entry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(provenance, "provenance");
  }

  public EntryKind kind() {
    return body.kind();
  }

  /** The body as an event the monitor replays, when it is one. */
  public Optional<Event> event() {
    return body instanceof Event e ? Optional.of(e) : Optional.empty();
  }

  /** What an entry records, by kind. */
  public sealed interface Body permits Tabled, Position, Statement, Meeting, Retraction, Event {
    EntryKind kind();
  }

  /** A version of the agreement tabled: by whom, through which mediators. */
  public record Tabled(String version, Optional<String> by, List<String> via) implements Body {
    public Tabled {
      via = List.copyOf(via);
    }

    @Override
    public EntryKind kind() {
      return EntryKind.TABLED;
    }
  }

  /**
   * A party's stance on one clause of one version, with the text it proposes or demands if any; a
   * position that proposes text has it.
   */
  public record Position(
      String party, String clause, String version, Stance stance, Optional<String> text)
      implements Body {
    public Position {
      if (stance == Stance.PROPOSES_TEXT && text.isEmpty()) {
        throw new IllegalArgumentException("a position that proposes text has the text");
      }
    }

    @Override
    public EntryKind kind() {
      return EntryKind.POSITION;
    }
  }

  /**
   * Something said, by a person or body, about the talks, about a version, or about one clause of a
   * version (a clause is named with its version).
   */
  public record Statement(String by, String text, Optional<String> clause, Optional<String> version)
      implements Body {
    public Statement {
      if (clause.isPresent() && version.isEmpty()) {
        throw new IllegalArgumentException("a clause is named with its version");
      }
    }

    @Override
    public EntryKind kind() {
      return EntryKind.STATEMENT;
    }
  }

  /** A meeting: where, who took part, and what is reported of it. */
  public record Meeting(String place, String text, List<String> participants) implements Body {
    public Meeting {
      participants = List.copyOf(participants);
    }

    @Override
    public EntryKind kind() {
      return EntryKind.MEETING;
    }
  }

  /** The withdrawal of an earlier entry, with the reason. */
  public record Retraction(String retracts, String reason) implements Body {
    @Override
    public EntryKind kind() {
      return EntryKind.RETRACTION;
    }
  }
}
