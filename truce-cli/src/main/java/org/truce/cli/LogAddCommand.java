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
      "      --text \"a meeting of the mediators\" --source \"a report\""
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
      description = "tabled, position, statement, meeting or retraction.")
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
      description = "The version (tabled, position, statement).")
  String version;

  @Option(names = "--party", paramLabel = "PARTY", description = "The party (position).")
  String party;

  @Option(
      names = "--clause",
      paramLabel = "CLAUSE",
      description = "The clause, by id or label (position, statement).")
  String clause;

  @Option(
      names = "--stance",
      paramLabel = "STANCE",
      description = "accepts, rejects, demands a change, proposes text or silent (position).")
  String stance;

  @Option(
      names = "--text",
      paramLabel = "TEXT",
      description = "What is proposed, said or reported (position, statement, meeting).")
  String text;

  @Option(
      names = "--by",
      paramLabel = "WHO",
      description = "Who tabled it (tabled), or who said it (statement).")
  String by;

  @Option(
      names = "--via",
      paramLabel = "MEDIATORS",
      description = "Through whom, comma-separated (tabled).")
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
      description = "Why it is withdrawn (retraction).")
  String reason;

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
    fields.put("source", source);
    fields.put("reported", reported);
    fields.put("attributed to", attributedTo);
    fields.put("anonymous", anonymous ? "yes" : null);
    fields.put("confidence", confidence);
    fields.put("note", note);
    fields.put("supersedes", supersedes);
    java.time.LocalDate day;
    try {
      day = date == null ? java.time.LocalDate.now() : java.time.LocalDate.parse(date);
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
