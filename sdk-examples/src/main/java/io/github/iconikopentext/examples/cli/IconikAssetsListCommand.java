package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.iconik.model.Asset;
import io.github.iconikopentext.iconik.model.ListOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code iconik assets list}: one {@code id<TAB>title} per asset. */
@Command(name = "list", description = "Lists assets: 'id<TAB>title' per line.")
final class IconikAssetsListCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  ConnectionOptions connection;

  @Option(names = "--all", description = "List every page, not only the first.")
  boolean all;

  @Option(names = "--per-page", paramLabel = "N", defaultValue = "100", description = "Page size (default: 100).")
  int perPage;

  IconikAssetsListCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Listing.print(context, Settings.of(context, connection).iconik().assets().list(ListOptions.perPage(perPage)),
        all, "assets", (Asset a) -> a.id() + "\t" + (a.title() == null ? "" : a.title()));
    return ExitCodes.OK;
  }
}
