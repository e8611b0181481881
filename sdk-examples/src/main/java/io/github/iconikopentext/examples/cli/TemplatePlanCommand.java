package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.integration.promotion.Plan;
import io.github.iconikopentext.integration.promotion.Promotion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code template plan}: what applying the template would change, Terraform-style. */
@Command(name = "plan", description = {
    "Compares the template with the live environment and prints what apply would change.",
    "Exit 0; 1 when the template is invalid or something apply cannot fix is missing (e.g. a CMS type)."})
final class TemplatePlanCommand extends PromotionCommand {
  @Option(names = "--out", paramLabel = "FILE", description = "Save the plan, for 'template apply --plan FILE'.")
  Path out;

  TemplatePlanCommand(CliContext context) {
    super(context);
  }

  @Override
  int run(Promotion p) throws IOException {
    Plan plan = p.plan(promotion.allowDeletions);
    context.out().println(plan.render());
    if (out != null) {
      Files.writeString(out, Json.moshi().adapter(Plan.class).indent("  ").toJson(plan), StandardCharsets.UTF_8);
      context.err().println("plan saved to " + out);
    }
    return plan.hasUnsatisfied() ? ExitCodes.FAILED : ExitCodes.OK;
  }
}
