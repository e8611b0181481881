package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.audit.JsonLinesAuditSink;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.FileSystemTarget;
import io.github.iconikopentext.integration.transfer.OpenTextTarget;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.integration.transfer.TransferRecord;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code transfer ASSET_ID}: moves one file of an asset to OpenText (CSS and a CMS file instance) or to a folder,
 * streaming, with size and checksum verified and progress reported to an iconik job.
 */
@Command(name = "transfer", description = {
    "Transfers an asset's file (default: the ORIGINAL) to OpenText or to a local folder, verifying size and",
    "checksum, reporting progress to an iconik job.",
    "Completed transfers are recorded, so a re-run prints 'already transferred' instead of repeating one: for",
    "--to-dir in DIR/" + FileTransferStore.FILE_NAME + ", for OpenText in",
    "~/.iconik-opentext/transfers/opentext-<host>-<tenant>.json. Remove the entry (or the file) to transfer again.",
    "With --audit-log, the transfer is audited as the SDK's runtime audits it (asset.transferred, job.failed)."})
final class TransferCommand implements Callable<Integer> {
  /** AssetTransfer's default lease, for the message of a transfer held by a run that died. */
  private static final String LEASE_NOTE = "5 minutes of its last progress";
  private final CliContext context;

  @Mixin
  ConnectionOptions connection;

  @Parameters(index = "0", paramLabel = "ASSET_ID", description = "The iconik asset.")
  String assetId;

  @Option(names = "--format", paramLabel = "NAME", defaultValue = "ORIGINAL",
      description = "The iconik format to transfer (default: ${DEFAULT-VALUE}).")
  String format;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Destination destination;

  /** Exactly one destination. */
  static final class Destination {
    @Option(names = "--cms-type", paramLabel = "TYPE",
        description = "Store in OpenText: CSS plus a CMS file instance of TYPE.")
    String cmsType;

    @Option(names = "--to-dir", paramLabel = "DIR", description = "Store in a local folder.")
    Path directory;

    @Option(names = "--to", paramLabel = "URL",
        description = "Store in S3 (s3://BUCKET/PREFIX) or on an SFTP server (sftp://USER@HOST[:PORT]/PATH).")
    java.net.URI remote;
  }

  @picocli.CommandLine.ArgGroup(exclusive = false, heading = "S3 and SFTP (with --to):%n")
  RemoteTargetOptions remote = new RemoteTargetOptions();

  @Option(names = "--folder-id", paramLabel = "ID", description = "The CMS folder of the new instance.")
  String folderId;

  @Mixin
  AuditLogOptions auditLog;

  TransferCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Settings settings = Settings.of(context, connection);
    TransferTarget target = destination.remote != null ? remote.target(destination.remote, context)
        : destination.directory != null ? new FileSystemTarget("archive", destination.directory)
        : OpenTextTarget.builder(settings.openText(null), destination.cmsType).folderId(folderId).build();
    FileTransferStore store = new FileTransferStore(storeFile(settings), context.httpOptions().clock());
    AssetTransfer.Builder transfers = AssetTransfer.builder(settings.iconik()).clock(context.httpOptions().clock())
        .store(store);
    TransferResult outcome;
    try (JsonLinesAuditSink sink = auditLog.enabled() ? auditLog.open(settings) : null;
        Progress progress = Progress.of(context)) {
      if (sink != null) {
        transfers.audit(AuditLogOptions.context(sink, settings,
            connection.profile != null ? connection.profile : Settings.DEFAULT_ENVIRONMENT));
      }
      outcome = transfers.build().transfer(assetId, format, new ProgressTarget(target, progress));
    }
    if (outcome.state() == TransferResult.State.HELD) {
      context.out().println("held: another run is transferring asset " + assetId + " (recorded in " + store.file()
          + "); if none is, its lease runs out within " + LEASE_NOTE);
      return ExitCodes.FAILED;
    }
    TransferRecord r = outcome.record();
    context.out().println((outcome.state() == TransferResult.State.SKIPPED ? "already transferred: " : "transferred: ")
        + r.transferId() + " asset " + r.assetId() + " file " + r.fileId() + " -> " + r.target() + " " + r.location());
    context.out().println("  " + r.bytes() + " bytes, sha256 " + r.sha256()
        + (outcome.jobId() == null ? "" : ", iconik job " + outcome.jobId()));
    context.err().println("recorded in " + store.file());
    return ExitCodes.OK;
  }

  /** Beside the folder target's files, or per OpenText host and tenant in the CLI's configuration directory. */
  private Path storeFile(Settings settings) {
    if (destination.directory != null) {
      return destination.directory.resolve(FileTransferStore.FILE_NAME);
    }
    if (destination.remote != null) {
      String name = destination.remote.getScheme() + "-" + destination.remote.getHost();
      return context.configDir().resolve("transfers").resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
    }
    Environment env = settings.openTextEnvironment();
    String name = "opentext-" + OpenTextEnvironment.baseUrl(env).getHost() + "-" + OpenTextEnvironment.tenantId(env);
    return context.configDir().resolve("transfers").resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
  }
}
