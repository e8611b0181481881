package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.integration.promotion.Plan;
import io.github.iconikopentext.integration.promotion.Promotion;
import io.github.iconikopentext.integration.promotion.PromotionResult;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code template apply}: applies a plan (a saved one, or a fresh one printed first). */
@Command(name = "apply", description = {
    "Applies the template to the live environment: a plan saved by 'template plan --out', or a fresh plan.",
    "Refuses a stale plan, an old plan, or one for another environment. Exit 0 when applied or already in place,",
    "1 when refused or a change failed."})
final class TemplateApplyCommand extends PromotionCommand {
  @Option(names = "--plan", paramLabel = "FILE", description = "Apply this saved plan instead of a fresh one.")
  Path planFile;

  TemplateApplyCommand(CliContext context) {
    super(context);
  }

  @Override
  int run(Promotion p) throws IOException {
    Plan plan;
    if (planFile != null) {
      plan = CliFiles.readJson("--plan", planFile, Json.moshi().adapter(Plan.class), "a plan saved by 'template plan'");
    } else {
      plan = p.plan(promotion.allowDeletions);
      context.out().println(plan.render());
    }
    PromotionResult result = p.apply(plan);
    context.out().println(switch (result.outcome()) {
      case APPLIED -> "applied: ";
      case NO_CHANGE -> "no change: ";
      case ERROR -> "refused: ";
    } + result.message());
    return result.outcome() == PromotionResult.Outcome.ERROR ? ExitCodes.FAILED : ExitCodes.OK;
  }
}
