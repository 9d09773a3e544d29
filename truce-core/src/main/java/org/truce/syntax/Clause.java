package org.truce.syntax;

import java.util.List;
import java.util.Optional;
import org.truce.source.Span;
import org.truce.vocabulary.DeliveryVerb;
import org.truce.vocabulary.HostilityState;
import org.truce.vocabulary.InstrumentKind;
import org.truce.vocabulary.RankRelation;
import org.truce.vocabulary.RequirementKind;
import org.truce.vocabulary.RightAction;
import org.truce.vocabulary.Role;
import org.truce.vocabulary.ScopeKind;

/**
 * Every clause of the language. Top-level clauses: actors, holdings, interests, phases, rights,
 * assurances, requirements, conclusion. Inside a phase: hostilities, obligations, talks,
 * extensions, rights and assurances (scoped to that phase). The parser accepts each clause anywhere
 * and the model reports one that is out of place, so that a misplaced clause gets a precise message
 * rather than a syntax error.
 */
public sealed interface Clause {
  Span span();

  /** {@code mediator, guarantor us "United States"}. */
  record ActorDecl(List<Role> roles, Name name, Text fullName, Span span) implements Clause {
    public ActorDecl {
      roles = List.copyOf(roles);
    }
  }

  /** {@code held by hamas { hostage.living.civilian 50 "women, elderly, wounded" ... }}. */
  record Holdings(Name holder, List<Holding> entries, Span span) implements Clause {
    public Holdings {
      entries = List.copyOf(entries);
    }
  }

  /**
   * One line of a holdings block. {@code either} lists the categories each unit may turn out to be
   * of when its status is unknown at signing ({@code either hostage.living or hostage.remains});
   * empty for a line whose units are all of its category.
   */
  record Holding(
      CategoryName category,
      Amount amount,
      Optional<Text> description,
      List<CategoryName> either,
      Span span) {
    public Holding {
      either = List.copyOf(either);
    }

    /** A line whose status is known. */
    public Holding(CategoryName category, Amount amount, Optional<Text> description, Span span) {
      this(category, amount, description, List.of(), span);
    }
  }

  /**
   * {@code instrument letter "Letter of assurances" side letter from us to israel, not published,
   * ranks below agreement { items }}: clauses that belong to another instrument than the agreement
   * itself (docs/language.md, "Instruments"). The model accepts only rights and assurances in it.
   */
  record Instrument(
      Name name,
      Text title,
      InstrumentKind kind,
      Optional<Name> from,
      Optional<Name> to,
      boolean published,
      Optional<Rank> rank,
      List<Item> body,
      Span span)
      implements Clause {
    public Instrument {
      body = List.copyOf(body);
    }
  }

  /** {@code ranks below agreement}: {@code other} empty for the agreement itself. */
  record Rank(RankRelation relation, Optional<Name> other, Span span) {}

  /** {@code interest hamas: hostilities ended}. */
  record Interest(Name party, Expr condition, Span span) implements Clause {}

  /**
   * {@code phase one "Title" lasts 6 weeks, begins after zero, ends when C { ... }}. An empty
   * {@code duration} means {@code lasts indefinitely}.
   */
  record Phase(
      Name name,
      Optional<Text> title,
      Optional<Length> duration,
      Optional<Begins> begins,
      Optional<Expr> endsWhen,
      List<Item> body,
      Span span)
      implements Clause {
    public Phase {
      body = List.copyOf(body);
    }
  }

  /** How a phase begins. */
  sealed interface Begins {
    Span span();

    /** {@code begins on day 1} (a day of the agreement). */
    record OnDay(long day, Span span) implements Begins {}

    /** {@code begins after one}: the day after phase one ends. */
    record After(Name phase, Span span) implements Begins {}

    /** {@code begins when C}: the first day C holds. */
    record When(Expr condition, Span span) implements Begins {}
  }

  /** {@code hostilities paused}: the state of hostilities while the phase lasts. */
  record Hostilities(HostilityState state, Span span) implements Clause {}

  /** {@code hamas releases 33 hostage.living.civilian, 3 every 7 days from day 1}. */
  record Release(
      Name party, Quantity quantity, CategoryName category, Optional<Schedule> schedule, Span span)
      implements Clause {}

  /**
   * {@code hamas releases all hostage.living.civilian before any hostage.living.soldier}: an order
   * between the party's releases in the phase (docs/semantics.md, "Order between releases").
   */
  record Order(Name party, CategoryName first, CategoryName then, Span span) implements Clause {}

  /** How many a release covers. */
  sealed interface Quantity {
    Span span();

    record Count(long value, Span span) implements Quantity {}

    /** {@code all remaining}: whatever of the category the party still holds. */
    record AllRemaining(Span span) implements Quantity {}
  }

  /**
   * {@code israel releases 30 prisoner per hostage.living.civilian released [by hamas] [within 1
   * day]}: the counter-release a ratio implies for each unit the other side releases.
   */
  record Exchange(
      Name party,
      long perUnit,
      CategoryName category,
      CategoryName unitCategory,
      Optional<Name> unitReleasedBy,
      Optional<Length> within,
      Optional<Long> group,
      Span span)
      implements Clause {
    /** A ratio: {@code perUnit} for each unit released. */
    public Exchange(
        Name party,
        long perUnit,
        CategoryName category,
        CategoryName unitCategory,
        Optional<Name> unitReleasedBy,
        Optional<Length> within,
        Span span) {
      this(party, perUnit, category, unitCategory, unitReleasedBy, within, Optional.empty(), span);
    }

    /** True for a lump ({@code releases 120 C for the 15 U}): {@code perUnit} is the lump. */
    public boolean lump() {
      return group.isPresent();
    }
  }

  /**
   * {@code israel allows 600 aid.truck per day [, of which 40 aid.truck.fuel and 200 "to the
   * north"]}; {@code delivers} reads better for goods sent. {@code ofWhich} lists the sub-quotas,
   * empty when the text names none.
   */
  record Delivery(
      Name party,
      DeliveryVerb verb,
      long amount,
      CategoryName what,
      Schedule schedule,
      List<SubQuota> ofWhich,
      Span span)
      implements Clause {
    public Delivery {
      ofWhich = List.copyOf(ofWhich);
    }

    /** A delivery without sub-quotas. */
    public Delivery(
        Name party,
        DeliveryVerb verb,
        long amount,
        CategoryName what,
        Schedule schedule,
        Span span) {
      this(party, verb, amount, what, schedule, List.of(), span);
    }
  }

  /** {@code israel withdraws from "populated areas" by day 22}. */
  record Withdrawal(Name party, Text area, Schedule deadline, Span span) implements Clause {}

  /**
   * {@code israel undertakes "no drone flights over the south" [from day F] [by day N]}: a
   * qualitative duty, in force from day {@code from} of its phase (day 1 when absent).
   */
  record Undertaking(
      Name party, Text duty, Optional<DayMark> from, Optional<Schedule> deadline, Span span)
      implements Clause {
    /** An undertaking in force from the first day of its phase. */
    public Undertaking(Name party, Text duty, Optional<Schedule> deadline, Span span) {
      this(party, duty, Optional.empty(), deadline, span);
    }
  }

  /**
   * {@code day 5} after {@code from} or {@code lapses on}: a day number and where it is written.
   */
  record DayMark(long day, Span span) {}

  /** {@code talks on two begin by day 16}. */
  record Talks(Name onPhase, long beginByDay, Span span) implements Clause {}

  /**
   * {@code extends by 1 day per 10 additional hostage.civilian released [by hamas], up to 6 days}
   * or {@code extends by 1 day while C [, up to 14 days]}.
   */
  record Extension(Length step, ExtensionTrigger trigger, Optional<Length> cap, Span span)
      implements Clause {}

  /** What lets an extension be taken. */
  sealed interface ExtensionTrigger {
    Span span();

    /** {@code per 10 additional hostage.civilian released [by hamas]}. */
    record PerReleases(long count, CategoryName category, Optional<Name> by, Span span)
        implements ExtensionTrigger {}

    /** {@code while C}: one step at a time, as long as C holds on the last day. */
    record While(Expr condition, Span span) implements ExtensionTrigger {}
  }

  /** {@code israel may resume hostilities when phase one ended and not talks agreed}. */
  record Right(Name party, RightAction action, Optional<Expr> when, Span span) implements Clause {}

  /**
   * {@code qatar, egypt, us ensure hostilities paused until talks on two agreed}: the guarantors
   * keep the condition true while the scope holds; rights that would break it cannot be exercised.
   */
  record Assurance(List<Name> guarantors, Expr condition, Optional<AssuranceScope> scope, Span span)
      implements Clause {
    public Assurance {
      guarantors = List.copyOf(guarantors);
    }
  }

  /** {@code until C} or {@code while C}. */
  record AssuranceScope(ScopeKind kind, Expr condition, Span span) {}

  /**
   * {@code require always C}, {@code require never C}, {@code require eventually C within 60 days}.
   */
  record Requirement(RequirementKind kind, Expr condition, Optional<Length> within, Span span)
      implements Clause {}

  /** {@code concludes when phase three ended}: when the agreement as a whole is complete. */
  record Concludes(Expr condition, Span span) implements Clause {}

  /**
   * {@code lapses when C}, {@code lapses on day 60} or {@code lapses on day 60 unless C}: when the
   * agreement stops binding anyone without being concluded. With {@code onDay} (a day of the
   * agreement), {@code condition} is the {@code unless} condition; without, the {@code when} one.
   */
  record Lapses(Optional<DayMark> onDay, Optional<Expr> condition, Span span) implements Clause {}
}
