package io.github.iconikopentext.examples.cli;

import picocli.CommandLine.Command;

/** {@code iconik}: look at assets and metadata. */
@Command(name = "iconik", description = "List and read iconik assets and metadata.",
    subcommands = {IconikCommand.Assets.class, IconikCommand.AssetGroup.class, IconikCommand.Metadata.class})
final class IconikCommand extends CommandGroup {

  /** {@code iconik assets}. */
  @Command(name = "assets", description = "Many assets.", subcommands = IconikAssetsListCommand.class)
  static final class Assets extends CommandGroup {}

  /** {@code iconik asset}. */
  @Command(name = "asset", description = "One asset.", subcommands = IconikAssetGetCommand.class)
  static final class AssetGroup extends CommandGroup {}

  /** {@code iconik metadata}. */
  @Command(name = "metadata", description = "Metadata values.", subcommands = IconikMetadataGetCommand.class)
  static final class Metadata extends CommandGroup {}
}
