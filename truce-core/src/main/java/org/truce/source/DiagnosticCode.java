package org.truce.source;

import java.util.Locale;
import java.util.Optional;

/**
 * The catalog of every diagnostic truce reports: code, severity, message and hint templates. Each
 * code has a section in docs/diagnostics.md and a golden test under src/test/resources/diagnostics.
 *
 * <p>Message rules (HOUSE-STYLE 6): one full sentence in the user's terms, no Java type names, user
 * text in backticks; the fix goes in the hint. Templates are {@link String#format} patterns over
 * the arguments given at the report site. The quoted source line and caret are added by the
 * renderer.
 */
public enum DiagnosticCode {
  // ---- E0xx: the input itself -------------------------------------------------------------
  FILE_NOT_FOUND(
      "E001",
      "cannot read `%s`: there is no such file",
      "check the path; it is relative to the current directory"),
  IS_DIRECTORY(
      "E002",
      "`%s` is a directory, not an agreement file",
      "name the `.truce` files inside it, e.g. `%s/*.truce`"),
  UNREADABLE("E003", "cannot read `%s`: %s", "check that the file exists and that you may read it"),
  INVALID_UTF8(
      "E004",
      "`%s` is not valid UTF-8 text: the byte at offset %d cannot be decoded",
      "save the file as UTF-8"),
  BINARY_FILE(
      "E005",
      "`%s` looks like a binary file, not agreement text: it contains a NUL byte at offset %d",
      "check that you named the right file"),
  FILE_TOO_LARGE(
      "E006",
      "`%s` is %s, more than the %s truce reads from one file",
      "split it into smaller files (an agreement into its versions, a journal into several"
          + " imports), or check that you named the right file"),
  EMPTY_FILE(
      "E007",
      "the file is empty",
      "an agreement starts with `agreement \"Title\"`; see docs/language.md"),
  CANNOT_WRITE(
      "E008",
      "cannot write `%s`: %s",
      "check that the folder exists, that you may write to it and that its disk has room; a pipe"
          + " needs a program reading from it"),
  OUTPUT_IS_DIRECTORY(
      "E009",
      "cannot write `%s`: it is a directory, not a file",
      "name a file inside it, e.g. `%s/out.md`"),
  NOT_A_FILE(
      "E010",
      "`%s` is %s, not a file truce can read",
      "name a file, or give `-` and send the text to standard input"),
  STREAM_TOO_LARGE(
      "E011",
      "`%s` goes on past %s, more than an input may have, so truce stopped reading it",
      "check that you named the right file or program; agreements and journals are far smaller"),
  STREAM_SILENT(
      "E012",
      "nothing came from `%s` for %s, so truce stopped waiting for it",
      "check that a program writes to it and then closes it; for a slow one, set"
          + " `TRUCE_INPUT_WAIT` to the seconds to wait, or write its output to a file first"),

  // ---- E1xx: syntax -------------------------------------------------------------------------
  UNEXPECTED_CHARACTER(
      "E101",
      "the character `%s` cannot appear here",
      "remove it; text in quotes may contain any character"),
  UNTERMINATED_STRING(
      "E102", "this quoted text is not closed before the end of the line", "add a closing `\"`"),
  INVALID_ESCAPE(
      "E103",
      "`\\%s` is not a valid escape in quoted text",
      "write `\\\"` for a quote, `\\\\` for a backslash"),
  NUMBER_TOO_LARGE("E104", "the number `%s` is too large", "numbers go up to 1000000000"),
  INVALID_DATE("E105", "`%s` is not a valid date", "write dates as YYYY-MM-DD, e.g. `2024-05-31`"),
  INVALID_TIME(
      "E106",
      "`%s` is not a valid time of day",
      "write times as HH:MM on a 24-hour clock, e.g. `07:00`"),
  NON_ASCII_NAME(
      "E107",
      "the name `%s` contains `%s`, but names use only the letters a to z, digits and `_`",
      "write the name in those letters, e.g. `%3$s`, and keep the exact spelling in quotes, e.g."
          + " in the full name"),
  EXPECTED("E110", "expected %s, but found %s", null),
  MISSING_HEADER(
      "E111",
      "an agreement file must start with `agreement \"Title\"`, but it starts with %s",
      "add a first line such as `agreement \"Humanitarian pause\"`"),
  UNKNOWN_CLAUSE(
      "E112",
      "%s does not start a clause",
      "a clause starts with a declaration (`party`, `held by`, `phase`, `interest`, `require`...) or with a party's name (`hamas releases ...`); see docs/language.md"),
  UNCLOSED_BLOCK("E113", "this `%s` is never closed", "add `%2$s` where the block ends"),
  RESERVED_WORD(
      "E114",
      "`%s` is a reserved word of the language and cannot be used as a name",
      "choose another name, e.g. `%s_side`"),
  NESTING_TOO_DEEP(
      "E115",
      "this condition is nested more than %d levels deep",
      "split it, or remove redundant parentheses"),
  DUPLICATE_HEADER_FIELD("E116", "the agreement's %s is given twice", "keep one of them"),
  CLAUSE_OUT_OF_PLACE("E117", "%s cannot appear %s", "%3$s"),
  CHAINED_COMPARISON(
      "E118",
      "comparisons cannot be chained",
      "join two comparisons with `and`, e.g. `day >= 3 and day <= 9`"),
  TOO_MANY_ERRORS("E119", "too many errors; stopped after %d", "fix the errors above first"),
  DUPLICATE_PHASE_OPTION(
      "E120",
      "phase `%2$s` says twice when it %1$s",
      "keep one; join several conditions with `and` or `or`"),
  PHASES_NESTED_TOO_DEEP(
      "E121",
      "phases are nested more than %d levels deep",
      "a phase cannot contain another phase: close each phase with `}` before the next one"),
  CONDITION_TOO_LONG(
      "E122",
      "this condition joins more than %d parts with `and` or `or`",
      "split it into several clauses or requirements"),
  CATEGORY_TOO_DEEP(
      "E123",
      "this category goes %d levels deep, more than the %d a category may have",
      "name fewer levels, e.g. `hostage.living.civilian`; details go in the quoted description"),
  NAME_TOO_LONG(
      "E124",
      "this name is %d characters long, more than the %d a name may have",
      "choose a shorter name; the full name goes in quotes after it"),
  // Phrasings people write that truce cannot read yet, or reads in another form (issue 17, 2.15).
  CALENDAR_DATE(
      "E130",
      "calendar dates cannot be used here yet: truce counts days from day 1, not dates",
      "write `%s day N` instead of `%1$s %s`, with N a day of %s counted from its first day;"
          + " `starts` in the header gives day 1 of the agreement its date; a deadline of a"
          + " withdrawal, delivery or undertaking may be a date: `by 2025-02-18`"),
  HOURS(
      "E131",
      "truce counts whole days here, not hours: `%d %s` cannot be written yet",
      "write `%3$d %4$s` (%5$s); hours are read in deadlines (`within 48 hours`)"),
  MONTHS_OR_YEARS(
      "E132",
      "a %s is not a fixed number of days, so truce cannot count `%d %s`",
      "write the days the text means, e.g. `%4$d days` (%2$d %3$s of %5$d days), or weeks"),
  RELEASE_WITHIN(
      "E133",
      "a release is due by a day of its phase, not within a period",
      "write `by day %d`, the last day of that period counted from the first day of the phase;"
          + " or, for a release due after another is complete, `within 3 days after hamas has"
          + " released all hostage`; a bare `within` belongs to exchanges: `releases 3 prisoner per"
          + " hostage released within 1 day`"),
  BREACH_CONDITION(
      "E134",
      "`%s %s` is not how a condition names a breach",
      "write `%1$s breached` (any obligation of %1$s not kept), `%1$s breached clause ID` (one"
          + " clause), or `M confirms a breach by %1$s` (a mediator's confirmation), and check with"
          + " `--adversary %1$s`: only the adversary breaches"),
  PERCENT(
      "E135",
      "a share written in percent cannot be counted: truce counts units",
      "write the number of units, e.g. `50` for half of 100 held; a number for each unit"
          + " released is a ratio: `releases 3 prisoner per hostage released`"),
  TABLED_BY_ROLE(
      "E136",
      "`tabled by` names the actor that tabled the text, not the role `%s`",
      "write its name as declared, e.g. `tabled by qatar` for a mediator's proposal, or `tabled"
          + " by israel via qatar, egypt` for a party's text carried by mediators"),
  EXCHANGE_FOR_EVERY(
      "E137",
      "an exchange states how many for each single unit released, not for every %d",
      "%2$s"),
  BATCHES_WITHOUT_TOTAL(
      "E138",
      "a release in batches states its total first, then the size and the interval of its"
          + " batches",
      "write `releases N %s, %s`, with N the total to release"),
  BATCHES_WITHOUT_INTERVAL(
      "E139",
      "these batches do not say how often they come",
      "write `%s, %d every 7 days` (or `%2$d per week`, `%2$d per day`)"),

  // ---- E15x: lapse and undertakings that start on a day ------------------------------------
  TWO_LAPSES(
      "E150",
      "the agreement says twice when it lapses",
      "it was first said on line %d; join the two conditions with `or`, e.g. `lapses when day >= 60"
          + " or talks stalled`"),
  LAPSE_DAY_OUT_OF_RANGE(
      "E151",
      "the agreement cannot lapse on day %d: days of the agreement run from 1 to %d",
      "name a day of the agreement between 1 and %2$d (100 years), e.g. `lapses on day 60`"),
  UNDERTAKING_STARTS_AFTER_PHASE(
      "E152",
      "this undertaking starts on day %d, but phase `%s` ends on day %d and cannot be extended that"
          + " far",
      "start it on a day of the phase (days of a phase count from 1), or lengthen the phase"),
  UNDERTAKING_STARTS_IN_EXTENSION(
      "W153",
      "this undertaking starts on day %d, after the %d planned days of phase `%s`: it applies only"
          + " if the phase is extended",
      "keep it so if it is meant for the extension only; otherwise start it by day %2$d"),
  UNDERTAKING_DUE_BEFORE_START(
      "E154",
      "this undertaking is due by day %d, before it starts on day %d",
      "give a deadline on or after its `from day`, or start it earlier"),
  UNKNOWN_PACE(
      "E165",
      "a best-effort release is made `as located` or `as soon as possible`, not as %s",
      "write `as soon as possible` for \"as quickly as possible\" or \"without delay\", and"
          + " `as located` for units released as they are found"),
  BEST_EFFORT_EXCHANGE(
      "E166",
      "an exchange ratio is owed as the units it answers are released, so it cannot be best"
          + " effort",
      "put the pace on the release the ratio answers, e.g. `hamas releases all remaining"
          + " hostage.remains as located`"),
  WINDOW_REVERSED(
      "E175",
      "this window opens on day %d, after it closes on day %d",
      "write the earlier day first: `between day %2$d and day %1$d`"),
  // ---- E176-E177: lump releases (docs/semantics.md "Lump releases") ------------------------
  LUMP_GROUP_TOO_LARGE(
      "E176",
      "the group of %d `%s` is larger than the %d held by `%s`, so the lump could never fall due",
      "a lump is owed once the whole group is released: make the group at most %3$d, or correct"
          + " the holdings"),
  LUMP_UNMEETABLE(
      "E177",
      "`%s` owes %d `%s` in one lump, but holds only %d",
      "lower the lump, or correct the holdings under `held by %1$s`"),

  // ---- E178-E184: conditional releases (docs/semantics.md "Conditional releases") -----------
  CONDITIONAL_AFTER_CONCLUSION(
      "W178",
      "`%s` may never release `%s` under this condition: the agreement concludes when phase `%s`,"
          + " the last, ends, which can come before the days after the trigger are over",
      "say when the agreement concludes, e.g. `concludes when all %2$s released by %1$s`, or give"
          + " the release a day of the phase (`by day N`)"),
  TRIGGER_UNREACHABLE(
      "E180",
      "`%s` holds only %d `%s`, so it can never have released %d of them: the release would never"
          + " be due",
      "write at most %2$d, or `all %3$s`, or correct the holdings under `held by %1$s`"),

  // ---- E16x: breaches (docs/semantics.md "Breaches") ----------------------------------------
  BREACH_TENSE(
      "E160",
      "`%s %s` is not a condition: a breach is read as something that has happened",
      "write `%3$s`: true from the day of the breach on"),
  UNKNOWN_CLAUSE_ID(
      "E161", "no clause has the id `%s`", "tag the clause with `[%s]`, or check the id"),
  BREACH_NOT_AN_OBLIGATION(
      "E162", "clause `%s` is not an obligation of `%s`, so `%2$s` cannot breach it", "%3$s"),
  CONFIRMER_NOT_A_MEDIATOR("E163", "`%s` is %s, but only mediators confirm breaches", "%3$s"),
  BREACH_OUTSIDE_RIGHT(
      "E164",
      "`%s` can only be read in the condition of a right",
      "write it as a right, e.g. `PARTY may resume hostilities when %1$s`"),

  // ---- E17x: order between releases (docs/semantics.md "Order between releases") ------------
  ORDER_SAME_CATEGORY(
      "E170",
      "an order cannot put `%s` before itself",
      "name two different categories: `%2$s releases all A before any B`"),
  ORDER_OVERLAP(
      "E171",
      "`%s` and `%s` overlap: `%s` covers the other, so the same units would have to come both"
          + " before and after",
      "order two categories that do not cover one another, e.g. `hostage.living.civilian` before"
          + " `hostage.living.soldier`"),
  ORDER_CONTRADICTION(
      "E172",
      "the orders of `%s` in phase `%s` contradict one another: %s",
      "keep one direction: remove or reverse one of these orders"),
  ORDER_IMPOSSIBLE(
      "E173",
      "this order cannot be kept: `%s` must release `%s` by day %d (line %d), but its `%s` cannot"
          + " all be out before day %d (line %d)",
      "schedule the releases of `%5$s` to end by day %3$d, or those of `%2$s` to start no earlier"
          + " than day %6$d"),
  ORDER_AGREEMENT_DAYS(
      "E174",
      "this order cannot be read yet: `%s` releases `%s` in days of the agreement (line %d), and an"
          + " order between releases counts the days of its phase",
      "schedule the releases it orders in days of the phase (`by day N`, `on day N`), or state the"
          + " order in words as an undertaking"),
  ORDER_CONDITIONAL(
      "E182",
      "this order cannot be read yet: `%s` releases `%s` under a condition (line %d), and an order"
          + " between releases counts the days of its phase",
      "schedule the releases it orders in days of the phase (`by day N`, `on day N`), or state the"
          + " order in words as an undertaking"),
  ORDER_NOTHING_DUE(
      "W170",
      "`%s` owes no `%s` in phase `%s`, so this order holds nothing back",
      "add the release it orders to the phase, or remove the order"),
  // ---- E185-E189: sub-quotas of a delivery (docs/semantics.md "Sub-quotas") ----------------
  SUB_QUOTA_NOT_BELOW(
      "E185",
      "`%s` is not a kind of `%s`, so it cannot be part of this delivery",
      "a sub-quota names a category below the delivery's, e.g. `of which 40 %2$s.fuel`, or a"
          + " qualifier in quotes, e.g. `of which 200 \"to the north\"`"),
  SUB_QUOTAS_EXCEED_TOTAL(
      "E186",
      "the sub-quotas of this delivery add up to %d, more than the %d `%s` it is made of",
      "sub-quotas are parts of the total: lower them, or raise the total to at least %1$d"),
  SUB_QUOTAS_MUST_OVERLAP(
      "W187",
      "the sub-quotas of this delivery add up to %d, more than the %d `%s`, so a unit must count"
          + " towards %s and another sub-quota at once",
      "keep it so if the text means it (a fuel truck to the north counts for both); otherwise"
          + " check the figures"),
  SUB_QUOTA_TWICE(
      "E188",
      "two sub-quotas of this delivery count the same units: `%s` and `%s`",
      "give one figure for each category or qualifier; for a part of a part, keep only the finer"
          + " category"),
  SUB_QUOTA_ON_RELEASE(
      "E189",
      "only deliveries are split into sub-quotas with `of which`, not %s",
      "write each part as its own clause, e.g. `hamas releases 20 hostage.living.civilian`"),

  // ---- E190-E194: status unknown at signing (docs/semantics.md "Status unknown at signing") ----
  EITHER_ONE_CATEGORY(
      "E190",
      "a line whose status is unknown needs at least two categories after `either`, not one",
      "name every category a unit may turn out to be of, e.g. `either hostage.living or"
          + " hostage.remains`;"
          + " a line of one category is written without `either`"),
  EITHER_OVERLAP(
      "E191",
      "`%s` and `%s` overlap, so a unit could be of both",
      "name categories that exclude each other, e.g. `hostage.living` and `hostage.remains`"),
  EITHER_RELATED_TO_LINE(
      "E192",
      "`%s` is %s the line's own category `%s`, so it cannot be a status its units turn out to be"
          + " of",
      "name the line by what is known (e.g. `hostage.unknown`) and the statuses by other"
          + " categories (e.g. `either hostage.living or hostage.remains`)"),
  EITHER_HELD_BY_OTHER(
      "E193",
      "`%s` is held by `%s`, so units `%s` holds cannot turn out to be of it",
      "name a category `%3$s` holds, or one nobody holds"),
  RELEASE_OF_UNREVEALED_STATUS(
      "E194",
      "`%s` holds `%s` only among units whose status is unknown, so it cannot release them by"
          + " that status",
      "release the line of unknown status instead, e.g. `%1$s releases 5 %3$s`: their status is"
          + " revealed as they are released, and exchanges answer what is revealed"),

  // ---- E2xx: names and roles ----------------------------------------------------------------
  UNKNOWN_PARTY("E201", "`%s` is not declared", "declare it, e.g. `party %s \"Full name\"`"),
  UNKNOWN_PHASE("E202", "there is no phase `%s`", "phases are declared with `phase NAME ... { }`"),
  UNKNOWN_CATEGORY(
      "E203", "`%s` holds no `%s`", "declare it under `held by %s { ... }`, or check the spelling"),
  DUPLICATE_NAME(
      "E204", "`%s` is declared twice", "it was first declared on line %2$d; rename one of them"),
  TWO_ROLES(
      "E205",
      "`%s` is declared twice, as %s and as %s",
      "declare all its roles in one line: `%4$s`"),
  PARTY_ALSO_THIRD_PARTY(
      "E206",
      "`%s` cannot be both a party and a %s",
      "a party to the agreement cannot be its own mediator, guarantor or endorser"),
  DUPLICATE_CLAUSE_ID(
      "E207",
      "the clause id `%s` is used twice",
      "it was first used on line %2$d; ids must be unique so that diffs, positions and events can point at one clause"),
  WRONG_ROLE("E208", "`%s` is %s, but only %s %s", "%5$s"),
  DUPLICATE_HOLDING(
      "E209", "`%s` is listed twice under `held by %s`", "give each category once, with its total"),
  OVERLAPPING_HOLDINGS(
      "E210",
      "`%s` and `%s` overlap under `held by %s`",
      "count a unit once: list only the finest categories (e.g. `hostage.living` and `hostage.remains`, not `hostage` too)"),
  AMBIGUOUS_TALKS(
      "E211",
      "there are talks on several phases, so `talks %s` is ambiguous",
      "say which: `talks on %2$s %1$s`"),
  UNKNOWN_TALKS(
      "E212",
      "no talks on phase `%s` are declared",
      "declare them inside a phase: `talks on %s begin by day N`"),
  DUPLICATE_TALKS(
      "E213",
      "talks on phase `%s` are declared twice",
      "it was first declared on line %2$d; keep one"),
  NO_TALKS(
      "E214",
      "the condition speaks of talks, but no talks are declared",
      "declare them inside a phase: `talks on PHASE begin by day N`"),
  NOBODY_HOLDS(
      "E215",
      "no one holds any `%s`",
      "declare it under `held by PARTY { ... }`, or check the spelling"),

  // Hours, calendar dates and time zones (issue 17, 2.12; docs/decisions/0024).
  UNKNOWN_ZONE(
      "E220",
      "`%s` is not a time zone truce knows",
      "write an IANA id such as `\"Asia/Beirut\"` or a fixed offset such as `\"UTC+02:00\"`"),
  DATE_WITHOUT_ENTRY(
      "E221",
      "the deadline `by %s` is a calendar moment, but the agreement does not say when it enters"
          + " into force",
      "add `starts DATE HH:MM` (and `zone \"...\"`) to the header, or count days: `by day N of"
          + " the agreement`"),
  DATE_BEFORE_ENTRY(
      "E222",
      "the deadline `by %s` is not after the agreement enters into force (%s)",
      "check the date: day 1 begins at entry into force, so a deadline falls after it"),
  HOURS_ROUNDED(
      "W220",
      "the checker counts whole days, so `%d hours` is read as %d days, %d hours more than written",
      "write `%2$d days` if the text means whole days; `fmt` keeps the hours as written"),
  ZONE_WITHOUT_ENTRY(
      "W221",
      "the time zone places nothing without the moment of entry into force",
      "add `starts DATE HH:MM` to the header: the agreement's days are counted from it"),

  // ---- E3xx: quantities ---------------------------------------------------------------------
  NOT_POSITIVE(
      "E301",
      "%s must be at least 1, but it is %d",
      "give a whole number of 1 or more, or remove the clause if it is not meant to apply"),
  RELEASES_MORE_THAN_HELD(
      "E302",
      "`%s` must release %d `%s` in all, but holds only %d",
      "lower the counts, or correct the holdings under `held by %s`"),
  RATIO_UNMEETABLE(
      "E303",
      "at %d `%s` per `%s` released, `%s` may have to release up to %d `%s`, but holds only %d",
      "lower the ratio, or correct the holdings under `held by %4$s`"),
  SCHEDULE_FALLS_SHORT(
      "E304",
      "this schedule releases only %d of the %d `%s` by the end of phase `%s` (day %d)",
      "release more per batch, more often, or start earlier"),
  SELF_EXCHANGE(
      "E305",
      "`%s` would release `%s` in exchange for its own releases",
      "the ratio should name what the other side releases"),
  CAP_NOT_A_MULTIPLE(
      "E306",
      "the cap of %d days is not a multiple of the %d-day extension step",
      "make the cap a multiple of the step, or the last extension cannot be taken"),
  LENGTH_TOO_LONG(
      "E307",
      "%s comes to %d days, but a length may be at most %d days",
      "give a shorter length; a length in weeks counts 7 days a week"),
  DAY_TOO_LATE(
      "E308",
      "day %d is later than day %d, the last day a text may name",
      "days are counted from the first day of the phase; name a day within 100 years"),
  EXCHANGE_WINDOW_TOO_LONG(
      "E309",
      "an exchange may be answered within at most %d days, but this one allows %d days",
      "give a shorter period after `within`, or leave it out to answer on the same day"),
  SCHEDULE_TOO_LONG(
      "E310",
      "this schedule releases its last batch on day %d, later than day %d, the last day a text may name",
      "release more per batch or more often"),

  // ---- E4xx: phases and time ----------------------------------------------------------------
  DEADLINE_AFTER_PHASE(
      "E401",
      "day %d is after phase `%s` ends on day %d",
      "phase days count from 1; use a day within the phase or lengthen it"),
  UNREACHABLE_PHASE(
      "E402",
      "phase `%s` can never begin, because %s",
      "make its `begins` condition depend on a phase that can begin"),
  NO_ENTRY(
      "E403",
      "phase `%s` is not the first phase and has no `begins`, so nothing starts it",
      "add `, begins after %2$s` or `, begins when CONDITION` after its duration"),
  PHASE_CYCLE(
      "E404",
      "phase `%s` can begin only after itself (%s)",
      "break the cycle: one of these phases must begin on its own"),
  WINDOW_AFTER_PHASE(
      "E460",
      "this window closes on day %d, after phase `%s` ends on day %d",
      "a release window lies within its phase: close it by day %3$d, or lengthen the phase"),
  LONG_STOP_BEFORE_PHASE(
      "E455",
      "the long stop falls on day 0, before the phase begins",
      "the long stop is a day of the phase, counted from 1: the last day by which every unit is"
          + " released"),
  DAY_ZERO(
      "E405",
      "days are counted from 1, so day 0 does not exist",
      "the first day of a phase is `day 1`"),
  EXTENSION_WITHOUT_END(
      "E406",
      "phase `%s` lasts indefinitely, so extending it has no effect",
      "give the phase a duration, or remove the extension"),
  TALKS_ON_OWN_PHASE(
      "E407",
      "talks in phase `%s` cannot be on that same phase",
      "talks during a phase are about a later one: `talks on NEXT begin by day N`"),
  NO_PHASES(
      "E408",
      "the agreement has no phase",
      "add one, e.g. `phase one \"Pause\" lasts 4 days { hostilities paused }`"),
  HOSTILITIES_UNSPECIFIED(
      "W409",
      "phase `%s` does not say whether hostilities are paused, active or ended",
      "add `hostilities paused` (or `active`, `ended`) to it"),
  DUPLICATE_HOSTILITIES(
      "E410", "phase `%s` states the hostilities twice", "keep one `hostilities` line per phase"),
  TWO_CONCLUSIONS(
      "E411",
      "the agreement says twice when it concludes",
      "it was first said on line %d; join the two conditions with `and` or `or`"),
  AGREEMENT_DAY_ON_SCHEDULE(
      "E445",
      "`on day` and windows in days of the agreement are available for releases only, not for %s",
      "write the deadline `by day N of the agreement`, or count the day in days of the phase (`on"
          + " day N`)"),
  OUTLIVES_PHASE(
      "W446",
      "day %d of the agreement is after phase `%s` is planned to end (on day %d of the agreement),"
          + " so this obligation outlives its phase",
      "it stays due until day %1$d of the agreement even if the phase has ended; if it should end"
          + " with the phase, write `by day N` in days of the phase"),
  AGREEMENT_DAY_UNREACHABLE(
      "E447",
      "no run reaches day %d of the agreement: it ends by day %d at the latest",
      "use a day up to %2$d, or lengthen or extend the phase that ends last"),
  AGREEMENT_DAY_BEFORE_PHASE(
      "E448",
      "day %d of the agreement is before phase `%s` can begin (on day %d at the earliest)",
      "use a day from %3$d on, or count the deadline in days of the phase: `by day N`"),

  // ---- E475-E479: what an instrument may hold ------------------------------------------------
  CLAUSE_IN_INSTRUMENT(
      "E475",
      "%s cannot stand in instrument `%s`: an instrument holds rights and assurances",
      "move it out of the instrument's braces, among the agreement's own clauses"),

  // ---- E425-E434: a baseline of accepted findings (docs/cli.md, "Accepted findings") -------
  BASELINE_SYNTAX(
      "E425",
      "expected %s here, but found %s",
      "each line of a baseline reads %3$s; a `#` starts a comment"),
  BASELINE_MISSING_REASON(
      "E426",
      "the acceptance of `%s` gives no reason",
      "say why the drafters accept it: `because \"the reason\"`; an accepted finding is shown"
          + " with its reason in the rendered text"),
  BASELINE_UNKNOWN_ANALYSIS(
      "E427", "`%s` names no analysis of this agreement", "its analyses are %2$s"),
  BASELINE_UNKNOWN_PARTY("E428", "`%s` is not a party of this agreement", "its parties are %2$s"),
  BASELINE_MISSING_FIGURE(
      "E429",
      "`%s` measures a figure, so its acceptance must say the largest figure accepted",
      "add `up to N` after the name, e.g. the figure `truce check` reports now; a larger figure"
          + " is then reported again"),
  BASELINE_FIGURE_NOT_MEASURED(
      "E430",
      "`%s` measures no figure, so `up to %d` means nothing here",
      "remove `up to %2$d`; only `exposure(PARTY)`, `indefinite-truce` and `dead-clauses`"
          + " measure a figure"),
  BASELINE_DUPLICATE(
      "E431",
      "`%s`%s is accepted twice",
      "it is first accepted on line %3$d; keep one of the two lines"),
  BASELINE_STALE(
      "W432",
      "`%s` now holds, so its acceptance is stale",
      "remove this line (or run `truce check --write-baseline`), so that the finding is reported"
          + " if it comes back"),
  BASELINE_EXCEEDED(
      "W433",
      "`%s` is now %d, more than the %d accepted here, so it is reported again",
      "change the text so that the figure falls back, or, if the drafters accept the larger"
          + " figure, raise `up to` (or run `truce check --write-baseline`)"),

  // ---- E650-E654: instruments in the JSON form (docs/json.md) ---------------------------------
  JSON_UNKNOWN_INSTRUMENT(
      "E650",
      "`%s` is not an instrument of this agreement",
      "%2$s; a clause of the agreement itself leaves `instrument` out"),
  JSON_CLAUSE_IN_INSTRUMENT(
      "E651",
      "only a right or an assurance of the whole agreement (under `rights` or `assurances`) can"
          + " belong to an instrument",
      "remove `instrument` from this `ref`, or move the clause to the agreement's `rights` or"
          + " `assurances`"),

  // ---- E250-E252: instruments (docs/language.md, "Instruments") ---------------------------------
  DUPLICATE_INSTRUMENT_OPTION(
      "E250",
      "instrument `%2$s` says `%1$s` twice",
      "keep one: an instrument has one status and one rank"),
  UNKNOWN_INSTRUMENT(
      "E251",
      "`%s` names no instrument declared before this one",
      "an instrument ranks against `agreement` or an instrument declared above it (%2$s)"),
  DUPLICATE_INSTRUMENT(
      "E252",
      "instrument `%s` is declared twice",
      "it was first declared on line %2$d; rename one of the two, or join their clauses"),

  // ---- W250-W259: dead clauses, found by the checker (docs/semantics.md, "Dead clauses") -----
  RIGHT_NEVER_ENABLED(
      "W250",
      "the right of `%s` to %s can never be exercised: no run, with every party complying or any"
          + " one of them breaching, reaches a day on which it is in force and its condition holds",
      "check the condition (a phase, a count or a breach it names may be out of reach); if the"
          + " drafters know, accept it in the baseline: `accept dead-clauses up to N because \"...\"`, N the"
          + " number of dead rights"),
  RIGHT_REMOVED_BY_ASSURANCE(
      "W251",
      "the right of `%s` to %s can never be exercised: on every day its condition holds, %s"
          + " forbids it, so that assurance makes this clause void",
      "if the guarantors (%4$s) are meant to remove the right, say so: delete the right, or accept"
          + " it in the baseline (`accept dead-clauses up to N because \"...\"`); otherwise narrow the"
          + " assurance (`until ...`, `while ...`) or the right's condition"),

  // ---- E5xx: conditions ---------------------------------------------------------------------
  NUMBER_AS_CONDITION(
      "E501", "expected a condition (true or false) here, but found %s", "compare it, e.g. `%2$s`"),
  CONDITION_AS_NUMBER(
      "E502",
      "%s is a condition, but `%s` compares numbers",
      "compare counts or days, e.g. `released hostage by hamas >= 10`"),
  JUDGE_NOT_A_PARTY(
      "E503",
      "`%s` judges the talks but is %s, not a party",
      "only a party, or nobody (then events decide), judges the talks"),

  // ---- E6xx: JSON import (docs/json.md) ------------------------------------------------------
  INVALID_JSON(
      "E601",
      "this is not valid JSON: %s",
      "JSON puts names and text in double quotes, separates items with commas and has no comma after the last item"),
  NOT_AN_AGREEMENT(
      "E602",
      "this is not a truce agreement: %s",
      "an exported agreement starts with `{\"truce\": \"agreement\", \"formatVersion\": 1, \"agreement\": {`; see docs/json.md"),
  UNSUPPORTED_FORMAT_VERSION(
      "E603",
      "format version %s is not supported; this truce reads format version %d",
      "export the agreement again with this version of truce, or read it with the truce that wrote it"),
  JSON_WRONG_TYPE(
      "E604", "%s must be %s, but it is %s", "see docs/json.md for the form of each field"),
  JSON_MISSING_FIELD(
      "E605",
      "%s has no field `%s`, which is required",
      "add `\"%2$s\": ...`; see docs/json.md for the fields of each object"),
  JSON_UNKNOWN_FIELD("E606", "%s cannot have a field `%s`", "the fields it can have are %3$s"),
  JSON_DUPLICATE_FIELD("E607", "%s has the field `%s` twice", "keep one of them"),
  JSON_UNKNOWN_KIND("E608", "`%s` is not a kind of %s", "the kinds of %2$s are %3$s"),
  JSON_MISSING_KIND(
      "E609",
      "%s has no `kind`, so it is unclear which %s it is",
      "add `\"kind\": ...` as its first field; the kinds of %2$s are %3$s"),
  JSON_UNKNOWN_WORD("E610", "`%s` is not a valid %s", "write one of %3$s"),
  JSON_INVALID_CATEGORY(
      "E611",
      "`%s` is not a valid category",
      "write names joined by single dots, e.g. `hostage.living.civilian`"),
  JSON_INVALID_NAME(
      "E612",
      "`%s` is not a valid name",
      "a name starts with a letter or `_` and goes on with letters, digits and `_`, e.g. `phase_two`"),
  JSON_INVALID_CLAUSE_ID(
      "E613",
      "`%s` is not a valid clause id",
      "a clause id is names or numbers joined by dots, e.g. `4.1` or `stage_one.2`"),
  JSON_TOO_DEEP(
      "E614",
      "this array or object is nested more than %d levels deep",
      "no agreement is this deep (conditions and phases have their own limits, see"
          + " docs/language.md): check that the file is an agreement written by `truce export`"),
  JSON_TOO_LONG(
      "E615",
      "this %s has more than %d characters",
      "no agreement has one this long: check that the file is an agreement written by `truce"
          + " export`"),

  // ---- E620-E629: the command line -----------------------------------------------------------
  BASELINE_FOR_MANY_FILES(
      "E620",
      "`--baseline` names one baseline, but %d agreements are checked",
      "check them one at a time, or leave out `--baseline` and put `NAME.truce.baseline` beside"
          + " each agreement"),
  BASELINE_OF_STANDARD_INPUT(
      "E621",
      "`--write-baseline` has no file beside standard input to write to",
      "name the baseline to write with `--baseline FILE`"),
  BASELINE_WITHOUT_ANALYSES(
      "E622",
      "`--write-baseline` needs the analyses, but `--validate-only` runs none",
      "leave out `--validate-only`"),
  BASELINE_OPTIONS_CONFLICT(
      "E623",
      "`--no-baseline` uses no baseline, so `%s` cannot go with it",
      "leave out one of the two"),

  // ---- E7xx: the journal of a dossier's ledger -------------------------------------------
  JOURNAL_BAD_HEADER(
      "E701",
      "this line should start an entry: its date, its kind and its id",
      "write e.g. `2024-07-03 position hamas-scope-of-talks`, then its fields indented below it"),
  JOURNAL_BAD_DATE(
      "E702", "`%s` is not a date", "write dates as year-month-day, e.g. `2024-07-03`"),
  JOURNAL_UNKNOWN_KIND("E703", "`%s` is not a kind of entry", "the kinds are %2$s"),
  JOURNAL_BAD_ID(
      "E704",
      "`%s` is not a valid entry id",
      "an id has letters, digits, `-`, `_` and `.`, starts with a letter or digit and has at most"
          + " 100 characters, e.g. `hamas-scope-of-talks`"),
  JOURNAL_FIELD_OUTSIDE_ENTRY(
      "E705",
      "this indented line belongs to no entry",
      "start an entry first with its date, kind and id at the start of a line"),
  JOURNAL_BAD_FIELD(
      "E706",
      "this line should be a field of the entry: a name, a colon and a value",
      "write e.g. `  party: hamas`; a line indented deeper than the fields continues the value"
          + " above it"),
  JOURNAL_UNKNOWN_FIELD("E707", "a %s entry has no field `%s`", "its fields are %3$s"),
  JOURNAL_DUPLICATE_FIELD(
      "E708",
      "the field `%s` is given twice in this entry",
      "keep one; a list is written on one line, separated by commas"),
  JOURNAL_MISSING_FIELD(
      "E709", "this %s entry has no `%s`, which it needs", "add a line `  %2$s: ...` under it"),
  JOURNAL_BAD_WORD("E710", "`%s` is not a valid %s", "write one of %3$s"),
  JOURNAL_EMPTY_VALUE(
      "E711", "the field `%s` has no value", "write its value after the colon, or remove the line"),
  JOURNAL_NO_SOURCE(
      "E712",
      "this entry says nothing of where its claim comes from",
      "add `  source: ...` (the publication or channel), and `attributed to:` and `anonymous:`"
          + " when the report says who spoke"),
  JOURNAL_BAD_COUNT(
      "E715",
      "`%s` is not a valid `%s`",
      "write a whole number of at least %3$s in digits, e.g. `13`, without separators"),
  JOURNAL_BAD_TIME(
      "E716",
      "`%s` is not an hour of the day",
      "write the hour on the 24-hour clock as hours:minutes, e.g. `07:00` or `16:30`"),
  JOURNAL_DISPUTE_NO_FIGURE(
      "E717",
      "this dispute gives no figure of its own",
      "add %s: the figures in which this report differs from the entry it disputes"),
  LEDGER_JSON_WRONG_TYPE(
      "E713",
      "%s must be %s, but it is %s",
      "entries in JSON are an array of objects whose fields are text, `anonymous` true or false;"
          + " see docs/dossier.md"),
  LEDGER_JSON_MISSING(
      "E714",
      "this entry has no `%s`, which every entry needs",
      "add `\"%1$s\": ...`; every entry has an `id`, a `date` and a `kind`; see docs/dossier.md"),
  LEDGER_JSON_TOO_DEEP(
      "E750",
      "this array or object is nested more than %d levels deep",
      "entries in JSON are one array of objects whose fields are text; see docs/dossier.md"),
  LEDGER_JSON_TOO_LONG(
      "E751",
      "this %s has more than %d characters",
      "entries in JSON are one array of objects whose fields are text; see docs/dossier.md"),
  LEDGER_CSV_MISSING(
      "E718",
      "this row has no `%s`, which every entry needs",
      "the first row names the columns: `date`, `kind` and `id`, then the fields of the"
          + " journal, e.g. `by`, `count`, `source`; see docs/monitor.md"),
  LEDGER_CSV_SYNTAX(
      "E719",
      "this is not valid CSV: %s",
      "separate cells with commas, and put a cell that holds a comma, a quote or a line break"
          + " between double quotes, doubling the quotes inside it"),
  LEDGER_UNKNOWN_VERSION(
      "E720",
      "the dossier has no version `%s`",
      "the dossier's versions: %2$s; each is a .truce file of the dossier, named by its"
          + " `version` header"),
  LEDGER_UNKNOWN_PARTY("E721", "`%s` is not a party of version `%s`", "its parties are %3$s"),
  LEDGER_UNKNOWN_ACTOR("E722", "version `%2$s` declares no actor `%1$s`", "its actors are %3$s"),
  LEDGER_UNKNOWN_CLAUSE(
      "E723",
      "version `%2$s` has no clause `%1$s`",
      "name a clause by its id or its label, e.g. %3$s"),
  LEDGER_FUTURE_DATE(
      "E724",
      "the date %s is after today, %s",
      "the ledger records what has happened; check the year and the month"),
  LEDGER_CONTRADICTORY_STANCE(
      "E725",
      "%s takes two stances on clause `%s` of version `%s` on one day: `%s` here, `%s` in entry"
          + " `%s`",
      "if this entry corrects the other, add `supersedes: %6$s` to it; otherwise correct one"
          + " stance"),
  LEDGER_DUPLICATE_ID(
      "E726", "the id `%s` is given to two entries of this batch", "give each entry its own id"),
  LEDGER_ID_CHANGED(
      "E727",
      "the ledger already has an entry `%s`, with other content",
      "entries are never edited: add a new entry with `supersedes: %1$s` to correct it, or a"
          + " `retraction` to withdraw it"),
  LEDGER_UNKNOWN_ENTRY(
      "E728",
      "there is no entry `%s` for this entry to %s",
      "name an entry already in the ledger or given in this batch"),
  LEDGER_TABLED_BY_MISMATCH(
      "E729",
      "version `%s` says it was tabled by %s, not by `%s`",
      "correct the entry, or the `tabled by` header of the version"),
  LEDGER_SUBSTITUTES_UNKNOWN(
      "E630",
      "`%s` is not a category that %s holds in version `%s`, so no release can stand in for it",
      "`substitutes:` names the category of the units due that this release replaces; its"
          + " categories are %4$s"),
  LEDGER_SUBSTITUTION_WITHOUT_ORDER(
      "E631",
      "version `%3$s` has no order that puts `%2$s` before `%1$s`, so this release substitutes for"
          + " nothing due",
      "a substitution is a release of a later category in place of an earlier one that an order"
          + " makes due (`%4$s releases all %2$s before any %1$s`); leave `substitutes:` out for an"
          + " ordinary release"),
  LEDGER_NOT_IN_FORCE(
      "E730",
      "no version of the agreement is in force on %s, so this %s cannot be checked against one",
      "record the entry into force first: an `in-force` entry, before this moment, that names the"
          + " version"),
  LEDGER_AMENDS_UNKNOWN(
      "E766",
      "`amends: %s` names no `in-force` entry put in force before this one",
      "name the id of the `in-force` entry of the agreement this version amends (its days go on"
          + " counting from that entry's moment), or leave `amends` out for a new count of days"),
  LEDGER_UNKNOWN_CATEGORY(
      "E731",
      "`%s` is not a category that %s holds in version `%s`",
      "its categories are %4$s; a category covers the ones below it"),
  LEDGER_SELF_REFERENCE(
      "E732",
      "this entry names itself as the entry it %s",
      "in `%2$s:`, name the entry recorded before this one that it %1$s"),
  LEDGER_DAMAGED(
      "E734",
      "the ledger file `%s` is damaged: %s",
      "restore it from a backup (or from the journals: `truce log import` into a new dossier);"
          + " truce cannot read a damaged database"),
  LEDGER_EMPTY_FILE(
      "E735",
      "the ledger file `%s` is empty (0 bytes), not a ledger",
      "the ledger was lost or truncated: restore it from a backup; to start the ledger anew,"
          + " delete the file and import the journals again"),
  LEDGER_LOCK_WAIT(
      "E736",
      "waiting for another process to finish writing to the ledger at %s",
      "another import holds the ledger's write lock; this one goes on when it ends"),
  LEDGER_LOCK_TIMEOUT(
      "E737",
      "gave up after %d seconds waiting for the ledger at %s: another process holds its write lock",
      "nothing was written; wait for the other import to end, or find the session that holds"
          + " the lock, then run the command again"),
  LEDGER_UNKNOWN_TALKS_PHASE(
      "E738",
      "version `%2$s` has no phase `%1$s`, so no talks on it can be recorded",
      "`on:` names the phase the talks are about (`on: two` for the talks on phase two); the"
          + " phases of the version are %3$s"),
  LEDGER_REFERENCE_CYCLE(
      "E733",
      "entries of this batch name one another in a cycle: %s",
      "an entry supersedes, retracts, disputes or hands over only an entry recorded before it;"
          + " remove the reference that points back"),
  LEDGER_TOTAL_DECREASES(
      "E755",
      "the totals in all of %s released by %s that one source gives go down: %s as of %s (entry"
          + " `%s`), then %s as of %s (entry `%s`)",
      "a total in all only grows: if one of the two is wrong, correct it (`supersedes:`) or"
          + " retract it; if this is the total of one day, write `on: DATE`"),
  LEDGER_TOTAL_ON_LATER(
      "E756",
      "this total is of %s, a day after the date of the entry, %s",
      "a source reports the total of a day that is over: check the date in `on:`, or date the"
          + " entry on the day it was reported"),
  LEDGER_AID_FROM_LATER(
      "E767",
      "this figure covers the days from %s, which is after the date of the entry, %s",
      "`from:` gives the first day of the period a figure covers and the entry's date its last:"
          + " check the date in `from:`, or date the entry on the last day of the period"),
  LEDGER_DONE_NOT_UNDERTAKING(
      "E757",
      "clause `%s` of version `%s` is %s, not an undertaking, so no `done` entry records it",
      "a `done` entry records an undertaking with a deadline done; %4$s"),
  LEDGER_DONE_OTHER_PARTY(
      "E758",
      "clause `%s` is an undertaking of %s, not of `%s`",
      "`by:` names the party that undertook it (`by: %2$s`); an act of another party is a"
          + " `statement`"),
  LEDGER_DONE_NO_DEADLINE(
      "E759",
      "clause `%s` is an undertaking with no deadline: it is in force while its phase is, never"
          + " done once and for all",
      "a `done` entry records an undertaking due by a day; allege a breach of this one with a"
          + " `violation` entry, and record what was done as a `statement`"),
  JOURNAL_UNREPORTED_COUNT_KIND(
      "E760",
      "a %s entry cannot have a count that was not reported",
      "only a `release` or a `remains` entry may say `count: not reported` (a release whose count"
          + " the sources did not give); a total, a dispute, a handover or an aid delivery gives a"
          + " figure or leaves `count` out where it may"),
  JOURNAL_UNREPORTED_COUNT_NAMES(
      "E761",
      "this %s names the people released, but says its count was not reported",
      "the number of names is the count: write it in `count:`; if the names are only some of"
          + " those released, keep `count: not reported` and put the names in `note:`"),
  JOURNAL_UNREPORTED_COUNT_SUBSTITUTES(
      "E762",
      "a release whose count was not reported cannot stand in for units due first",
      "a substitution says how many it releases in place of the units due: give the count, or"
          + " record the release without `substitutes:` and the parties' agreement as a statement"),

  // ---- E772-E774: verdicts only (truce check --verdicts) --------------------------------------
  BASELINE_OF_VERDICTS_ONLY(
      "E772",
      "`--write-baseline` accepts each finding up to its figure, but with `--verdicts` a figure is"
          + " only what was found before the search stopped",
      "leave out `--verdicts` to write the baseline; it can still be read with `--verdicts`"),

  // ---- W6xx: advice -------------------------------------------------------------------------
  NO_INTEREST(
      "W601",
      "party `%s` declares no interest",
      "add `interest %s: CONDITION` so that analyses can tell when it is secured"),
  STARTS_BEFORE_DATED(
      "W602",
      "the agreement starts on %s, before it is dated %s",
      "check the dates; a version that extends or amends a text already in force is dated after"
          + " it starts, and then this is expected: say so in its `version`");

  /**
   * Codes truce no longer reports, never to be given to another message: a code in an old script,
   * log or link must not come to mean something else. Each keeps a section in docs/diagnostics.md,
   * "Retired codes", that says why it went (DiagnosticCatalogTest checks both). E456 and E476: the
   * Promela export refused orders between releases and rights that outrank an assurance, which it
   * now writes.
   */
  public static final java.util.Set<String> RETIRED = java.util.Set.of("E456", "E476");

  private final String id;
  private final String messageTemplate;
  private final String hintTemplate;

  DiagnosticCode(String id, String messageTemplate, String hintTemplate) {
    this.id = id;
    this.messageTemplate = messageTemplate;
    this.hintTemplate = hintTemplate;
  }

  /** The stable code shown to users, e.g. {@code E203}; a leading {@code W} marks a warning. */
  public String id() {
    return id;
  }

  public Severity severity() {
    return id.startsWith("W") ? Severity.WARNING : Severity.ERROR;
  }

  public String message(Object... args) {
    return String.format(Locale.ROOT, messageTemplate, args);
  }

  /**
   * The hint, formatted with the same arguments as the message. Templates may use fewer arguments
   * than the message (String.format ignores the extra ones).
   */
  public Optional<String> hint(Object... args) {
    return hintTemplate == null
        ? Optional.empty()
        : Optional.of(String.format(Locale.ROOT, hintTemplate, args));
  }

  public String messageTemplate() {
    return messageTemplate;
  }

  public Optional<String> hintTemplate() {
    return Optional.ofNullable(hintTemplate);
  }
}
