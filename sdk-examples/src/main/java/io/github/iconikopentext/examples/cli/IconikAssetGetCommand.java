package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.iconik.model.Asset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code iconik asset get ID}: the asset as JSON. */
@Command(name = "get", description = "Prints one asset as JSON.")
final class IconikAssetGetCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  ConnectionOptions connection;

  @Parameters(index = "0", paramLabel = "ID", description = "The asset id.")
  String assetId;

  IconikAssetGetCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Asset asset = Settings.of(context, connection).iconik().assets().get(assetId);
    context.out().println(Json.moshi().adapter(Asset.class).indent("  ").toJson(asset));
    return ExitCodes.OK;
  }
}
