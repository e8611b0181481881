package io.github.iconikopentext.examples.cli;

import com.squareup.moshi.Types;
import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.iconik.model.MetadataValues;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code iconik metadata get ASSET_ID VIEW_ID}: the asset's values in one view, field → values, as JSON. */
@Command(name = "get", description = "Prints an asset's metadata values in one view as JSON: field -> [values].")
final class IconikMetadataGetCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  ConnectionOptions connection;

  @Parameters(index = "0", paramLabel = "ASSET_ID", description = "The asset id.")
  String assetId;

  @Parameters(index = "1", paramLabel = "VIEW_ID", description = "The metadata view id.")
  String viewId;

  IconikMetadataGetCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    MetadataValues values = Settings.of(context, connection).iconik().metadata().assetValues(assetId, viewId);
    context.out().println(Json.moshi().<Map<String, List<Object>>>adapter(
        Types.newParameterizedType(Map.class, String.class, Types.newParameterizedType(List.class, Object.class)))
        .indent("  ").toJson(values.asMap()));
    return ExitCodes.OK;
  }
}
