package org.truce.cli;

import java.util.concurrent.Callable;
import org.truce.cli.run.LogAddRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code truce log add KIND ID [--date DATE] --FIELD VALUE...}. */
@Command(
    name = "add",
    header = "Record one entry in the ledger.",
    sortOptions = false,
    description = {
      "Record one entry: its kind (tabled, position, statement, meeting, retraction), its id,"
          + " its date (default: today) and its fields, as options. It is checked and appended"
          + " exactly as `truce log import` does with a journal (docs/dossier.md): with any"
          + " error, nothing is written.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  truce log add position israel-rejects-assurances --date 2024-07-03 \\",
      "      --party israel --clause 7 --version \"2024-07 counterproposal\" --stance rejects \\",
      "      --source \"founding report\" --attributed-to \"two senior officials\" --anonymous",
      "  truce log add meeting doha-2024-07-05 --date 2024-07-05 --place Doha \\",
      "      --text \"a meeting of the mediators\" --source \"a report\"",
      "  truce log add release day1-israelis --date 2023-11-24 --by hamas \\",
      "      --category hostage.woman_or_child --count 13 --clause 1.2 --source AFP"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:recorded (or already recorded, left as it is)",
      "2:the entry has an error, the ledger cannot be read, or bad usage; nothing was written",
      "3:internal error; nothing was written"
    })
public final class LogAddCommand implements Callable<Integer> {
  private final Io io;

  @Mixin HelpOption help;

  @Parameters(
      index = "0",
      paramLabel = "KIND",
      description =
          "tabled, position, statement, meeting or retraction; or an event: in-force, release,"
              + " remains, handover, extension, paused, resumed, suspended, reinstated, terminated,"
              + " aid, withdrawal, violation, done, dispute, talks, not-monitored or total"
              + " (docs/monitor.md).")
  String kind;

  @Parameters(
      index = "1",
      paramLabel = "ID",
      description = "The entry's id, e.g. israel-rejects-assurances.")
  String id;

  @Option(
      names = "--date",
      paramLabel = "DATE",
      description = "The date of what it records, YYYY-MM-DD (default: today).")
  String date;

  @Option(
      names = "--version",
      paramLabel = "LABEL",
      description = "The version (tabled, position, statement, in-force).")
  String version;

  @Option(names = "--party", paramLabel = "PARTY", description = "The party (position).")
  String party;

  @Option(
      names = "--clause",
      paramLabel = "CLAUSE",
      description = "The clause, by id or label (position, statement, events).")
  String clause;

  @Option(
      names = "--stance",
      paramLabel = "STANCE",
      description = "accepts, rejects, demands a change, proposes text or silent (position).")
  String stance;

  @Option(
      names = "--text",
      paramLabel = "TEXT",
      description = "What is proposed, said or reported (position, statement, meeting, events).")
  String text;

  @Option(
      names = "--by",
      paramLabel = "WHO",
      description =
          "Who tabled it (tabled), said it (statement), released or delivered (events), or"
              + " alleges a violation (violation).")
  String by;

  @Option(
      names = "--via",
      paramLabel = "MEDIATORS",
      description = "Through whom, comma-separated (tabled); the intermediary (release, handover).")
  String via;

  @Option(names = "--place", paramLabel = "PLACE", description = "Where (meeting).")
  String place;

  @Option(
      names = "--participants",
      paramLabel = "NAMES",
      description = "Who took part, comma-separated (meeting).")
  String participants;

  @Option(
      names = "--retracts",
      paramLabel = "ID",
      description = "The entry withdrawn (retraction).")
  String retracts;

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      description = "Why it is withdrawn (retraction), or why a clause is not monitored.")
  String reason;

  @Option(
      names = "--category",
      paramLabel = "CATEGORY",
      description = "What is released, e.g. hostage.woman_or_child (release, remains).")
  String category;

  @Option(
      names = "--count",
      paramLabel = "N",
      description =
          "How many (release, remains, handover, aid, violation, dispute, total); `not reported`"
              + " for a release or remains whose count the sources did not give.")
  String count;

  @Option(
      names = "--counted",
      paramLabel = "WHERE",
      description = "`in the deal` (default) or `outside the deal` (release, dispute).")
  String counted;

  @Option(
      names = "--counted-toward",
      paramLabel = "DATE",
      description = "The day whose quota a source counted it toward (release, dispute).")
  String countedToward;

  @Option(
      names = "--substitutes",
      paramLabel = "CATEGORY",
      description =
          "The category due first that this release stands in for, as the parties agreed"
              + " (release; a substitution under an order between releases).")
  String substitutes;

  @Option(
      names = "--amends",
      paramLabel = "ID",
      description =
          "The in-force entry of the agreement this version amends: its days go on counting from"
              + " that entry's moment (in-force).")
  String amends;

  @Option(
      names = "--names",
      paramLabel = "NAMES",
      description = "Who was released, comma-separated (release, remains).")
  String names;

  @Option(
      names = "--at",
      paramLabel = "HH:MM",
      description = "The local hour of the event, e.g. 07:00 (events).")
  String at;

  @Option(names = "--days", paramLabel = "N", description = "Days agreed (extension).")
  String days;

  @Option(
      names = "--what",
      paramLabel = "WHAT",
      description = "What was delivered, e.g. `trucks of aid` (aid).")
  String what;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description =
          "The first date of the period one figure covers, the entry's date its last, e.g. a"
              + " week's trucks (aid).")
  String from;

  @Option(names = "--area", paramLabel = "AREA", description = "Where to (withdrawal).")
  String area;

  @Option(
      names = "--remaining",
      paramLabel = "WHAT",
      description =
          "What was left undone, when it was done in part, e.g. `five positions` (withdrawal,"
              + " done).")
  String remaining;

  @Option(names = "--against", paramLabel = "PARTY", description = "The party accused (violation).")
  String against;

  @Option(names = "--to", paramLabel = "WHO", description = "Handed over to (handover).")
  String to;

  @Option(
      names = "--release",
      paramLabel = "ID",
      description = "The release entry handed over (handover).")
  String release;

  @Option(
      names = "--disputes",
      paramLabel = "ID",
      description = "The event this report gives other figures of (dispute).")
  String disputes;

  @Option(
      names = "--on",
      paramLabel = "PHASE|DATE",
      description =
          "The phase the talks are about, e.g. two (talks); the one day a total is of, when it is"
              + " not a total in all (total).")
  String on;

  @Option(
      names = "--state",
      paramLabel = "STATE",
      description = "begun, progressing, stalled, agreed or broken off (talks).")
  String state;

  @Option(
      names = "--judged-by",
      paramLabel = "WHO",
      description = "The actor whose judgement of the talks this is (talks).")
  String judgedBy;

  @Option(
      names = "--source",
      paramLabel = "SOURCE",
      description = "The publication or channel (required).")
  String source;

  @Option(names = "--reported", paramLabel = "DATE", description = "When it was reported.")
  String reported;

  @Option(
      names = "--attributed-to",
      paramLabel = "WHO",
      description = "Who spoke, as the report puts it.")
  String attributedTo;

  @Option(names = "--anonymous", description = "They spoke anonymously.")
  boolean anonymous;

  @Option(
      names = "--confidence",
      paramLabel = "LEVEL",
      description = "confirmed, reported (default) or unverified.")
  String confidence;

  @Option(names = "--note", paramLabel = "TEXT", description = "The recorder's own note.")
  String note;

  @Option(names = "--supersedes", paramLabel = "ID", description = "The entry this one corrects.")
  String supersedes;

  @Mixin DossierOption dossier;

  @Option(names = "--dry-run", description = "Check the entry, and write nothing.")
  boolean dryRun;

  @Mixin ErrorFormatOption errorFormat;

  public LogAddCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("version", version);
    fields.put("party", party);
    fields.put("clause", clause);
    fields.put("stance", stance);
    fields.put("text", text);
    fields.put("by", by);
    fields.put("via", via);
    fields.put("place", place);
    fields.put("participants", participants);
    fields.put("retracts", retracts);
    fields.put("reason", reason);
    fields.put("category", category);
    fields.put("count", count);
    fields.put("substitutes", substitutes);
    fields.put("amends", amends);
    fields.put("counted", counted);
    fields.put("counted toward", countedToward);
    fields.put("names", names);
    fields.put("at", at);
    fields.put("days", days);
    fields.put("what", what);
    fields.put("from", from);
    fields.put("area", area);
    fields.put("remaining", remaining);
    fields.put("against", against);
    fields.put("to", to);
    fields.put("release", release);
    fields.put("disputes", disputes);
    fields.put("on", on);
    fields.put("state", state);
    fields.put("judged by", judgedBy);
    fields.put("source", source);
    fields.put("reported", reported);
    fields.put("attributed to", attributedTo);
    fields.put("anonymous", anonymous ? "yes" : null);
    fields.put("confidence", confidence);
    fields.put("note", note);
    fields.put("supersedes", supersedes);
    java.util.Optional<java.time.LocalDate> day;
    try {
      // without --date: today in the agreement's zone (LogAddRunner), never the machine's
      day =
          date == null
              ? java.util.Optional.empty()
              : java.util.Optional.of(java.time.LocalDate.parse(date));
    } catch (java.time.format.DateTimeParseException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "`" + date + "` is not a date: write e.g. --date 2024-07-03");
    }
    return LogAddRunner.run(
        kind,
        id,
        day,
        fields,
        LogAddRunner.where(dossier.folder(), dossier.database(), dryRun, errorFormat.get()),
        io);
  }

  @Spec CommandSpec spec;
}
