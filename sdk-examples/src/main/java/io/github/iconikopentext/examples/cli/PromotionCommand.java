package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.integration.promotion.Promotion;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * The frame of {@code template plan} and {@code template apply}: both build and validate the promotion from the
 * shared {@link PromotionOptions}, exit 1 after printing every problem when it is invalid, and otherwise run.
 */
abstract class PromotionCommand implements Callable<Integer> {
  final CliContext context;

  @Mixin
  PromotionOptions promotion;

  PromotionCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public final Integer call() throws IOException {
    Optional<Promotion> valid = promotion.validPromotion(context);
    return valid.isEmpty() ? ExitCodes.FAILED : run(valid.get());
  }

  /** Runs the command on a valid promotion; returns the exit code. */
  abstract int run(Promotion promotion) throws IOException;
}
