package org.truce.model.internal;

import java.util.Optional;
import org.truce.model.Agreement;
import org.truce.model.ModelResult;
import org.truce.model.SourceMap;
import org.truce.syntax.AgreementSyntax;
import org.truce.syntax.ParseResult;

/**
 * One model build: collect the declarations, lower the tree (resolving names, checking roles and
 * types), then run the checks over quantities, schedules, holdings and phases. Every step runs
 * whatever the earlier ones found, so one build reports every problem.
 *
 * <p>A file with syntax errors gets only those: the parser leaves out the clauses it could not
 * read, and checks over what is left would report problems that are not in the text (an undeclared
 * party whose declaration was misspelt, a missing phase whose header was).
 */
public final class ModelBuild {
  private ModelBuild() {}

  public static ModelResult run(ParseResult parsed) {
    BuildContext ctx = new BuildContext(parsed.source());
    ctx.diagnostics().addAll(parsed.diagnostics());
    if (parsed.tree().isEmpty() || parsed.hasErrors()) {
      return new ModelResult(Optional.empty(), Optional.empty(), ctx.diagnostics().sorted());
    }
    AgreementSyntax tree = parsed.tree().get();
    NameTable table = Declarations.collect(tree, ctx);
    Agreement agreement = new Lowering(ctx, table).lower(tree);
    QuantityChecks.run(tree, ctx);
    ScheduleChecks.run(tree, ctx);
    OrderChecks.run(tree, ctx);
    StartDayChecks.run(tree, ctx);
    SubQuotaChecks.run(tree, ctx);
    AgreementDayChecks.run(tree, ctx);
    UnknownStatusChecks.run(tree, table, ctx);
    ConditionalChecks.run(tree, table, ctx);
    HoldingsChecks.run(tree, table, ctx);
    PhaseGraph.run(tree, table, ctx);
    Advice.run(tree, table, ctx);
    if (ctx.hasErrors()) {
      return new ModelResult(Optional.empty(), Optional.empty(), ctx.diagnostics().sorted());
    }
    return new ModelResult(
        Optional.of(agreement),
        Optional.of(new SourceMap(parsed.source(), ctx.spans())),
        ctx.diagnostics().sorted());
  }
}
