package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.CmsInstance;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code opentext cms list TYPE}: the instances of one CMS type, one {@code id<TAB>name} per line. */
@Command(name = "list", description = "Lists the CMS instances of TYPE: 'id<TAB>name' per line.")
final class OpenTextCmsListCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  ConnectionOptions connection;

  @Parameters(index = "0", paramLabel = "TYPE", description = "The CMS type's system name, e.g. ca_asset.")
  String type;

  @Option(names = "--category", paramLabel = "CATEGORY", defaultValue = "FILE",
      description = "file, folder or object (default: file).")
  Category category;

  @Option(names = "--all", description = "List every page, not only the first.")
  boolean all;

  @Option(names = "--per-page", paramLabel = "N", defaultValue = "50", description = "Page size (default: 50).")
  int perPage;

  OpenTextCmsListCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Listing.print(context,
        Settings.of(context, connection).openText(null).cms()
            .list(category, type, InstanceQuery.all().withItemsPerPage(perPage)),
        all, "instances", (CmsInstance i) -> i.id() + "\t" + (i.name() == null ? "" : i.name()));
    return ExitCodes.OK;
  }
}
