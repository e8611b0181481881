package io.github.iconikopentext.examples.cli;

import picocli.CommandLine.Command;

/** {@code opentext}: check credentials and look at CMS. */
@Command(name = "opentext", description = "Check OpenText credentials and list CMS instances.",
    subcommands = {OpenTextTokenCommand.class, OpenTextCommand.Cms.class})
final class OpenTextCommand extends CommandGroup {

  /** {@code opentext cms}. */
  @Command(name = "cms", description = "The Content Metadata Service.", subcommands = OpenTextCmsListCommand.class)
  static final class Cms extends CommandGroup {}
}
