package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.integration.promotion.Plan;
import io.github.iconikopentext.integration.promotion.Promotion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code template plan}: what applying the template would change, Terraform-style. */
@Command(name = "plan", description = {
    "Compares the template with the live environment and prints what apply would change.",
    "Exit 0; 1 when the template is invalid or something apply cannot fix is missing (e.g. a CMS type)."})
final class TemplatePlanCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  PromotionOptions promotion;

  @Option(names = "--out", paramLabel = "FILE", description = "Save the plan, for 'template apply --plan FILE'.")
  Path out;

  TemplatePlanCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Optional<Promotion> valid = promotion.validPromotion(context);
    if (valid.isEmpty()) {
      return ExitCodes.FAILED;
    }
    Promotion p = valid.get();
    Plan plan = p.plan(promotion.allowDeletions);
    context.out().println(plan.render());
    if (out != null) {
      Files.writeString(out, Json.moshi().adapter(Plan.class).indent("  ").toJson(plan), StandardCharsets.UTF_8);
      context.err().println("plan saved to " + out);
    }
    return plan.hasUnsatisfied() ? ExitCodes.FAILED : ExitCodes.OK;
  }
}
