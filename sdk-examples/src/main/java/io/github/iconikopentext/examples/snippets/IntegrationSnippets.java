package io.github.iconikopentext.examples.snippets;

import io.github.iconikopentext.integration.promotion.Plan;
import io.github.iconikopentext.integration.promotion.Promotion;
import io.github.iconikopentext.integration.promotion.PromotionResult;
import io.github.iconikopentext.integration.promotion.PromotionTarget;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateProblem;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.integration.template.TemplateValues;
import java.nio.file.Path;
import java.util.List;

/** docs/integration.md. */
final class IntegrationSnippets {
  private IntegrationSnippets() {}

  static PromotionResult promote(Path templateFile, Path prodValues, PromotionTarget target) {
    IntegrationTemplate prod = TemplateSource.read(templateFile).resolve(TemplateValues.read("prod", prodValues));
    Promotion promotion = Promotion.builder(prod, target).build();
    List<TemplateProblem> problems = promotion.validate();   // secret references resolvable, right environment
    Plan plan = promotion.plan(false);                         // diff against the live environment; no deletions
    System.out.println(plan.render());
    PromotionResult result = promotion.apply(plan);            // NO_CHANGE (0), APPLIED (2) or ERROR (1)
    System.out.println(problems);
    return result;
  }
}
