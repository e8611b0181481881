package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.core.webhook.WebhookVerificationException;
import io.github.iconikopentext.core.webhook.WebhookVerifier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code webhook verify}: checks a captured webhook request by hand. */
@Command(name = "verify", description = {
    "Verifies a webhook request: its headers and raw body against the scheme and secrets.",
    "Prints 'verified' (exit 0) or 'rejected: <REASON>' (exit 1)."})
final class WebhookVerifyCommand implements Callable<Integer> {
  private static final long LATEST_EPOCH_SECOND = 253_402_300_799L;
  private final CliContext context;

  @Mixin
  WebhookKeyOptions keys;

  @Option(names = "--header", paramLabel = "'Name: value'", description = "A request header; repeatable.")
  List<String> headers = new ArrayList<>();

  @Option(names = "--body-file", required = true, paramLabel = "F", description = "The raw request body.")
  Path bodyFile;

  @Option(names = "--tolerance", paramLabel = "SECONDS",
      description = "How far the signed timestamp may be from now (default 300).")
  Long toleranceSeconds;

  @Option(names = "--now", paramLabel = "EPOCH_SECONDS",
      description = "Verify as if it were this time (e.g. the time the request was captured).")
  Long nowEpochSeconds;

  WebhookVerifyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    WebhookVerifier.Builder builder = WebhookVerifier.builder(keys.scheme())
        .secrets(keys.secrets(SecretResolvers.builder().environment(context.environment()).build()));
    if (toleranceSeconds != null) {
      try {
        builder.tolerance(Duration.ofSeconds(toleranceSeconds));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--tolerance " + toleranceSeconds + ": must be between 1 and "
            + WebhookVerifier.MAX_TOLERANCE.toSeconds() + " seconds (" + WebhookVerifier.MAX_TOLERANCE.toDays()
            + " days)");
      }
    }
    if (nowEpochSeconds != null) {
      builder.clock(Clock.fixed(epochSeconds("--now", nowEpochSeconds), ZoneOffset.UTC));
    }
    byte[] body = CliFiles.readBytes("--body-file", bodyFile);
    try {
      builder.build().verify(WebhookHeaders.of(parseHeaders(headers)), body);
    } catch (WebhookVerificationException e) {
      context.out().println("rejected: " + e.reason());
      context.err().println(e.getMessage());
      return ExitCodes.FAILED;
    }
    context.out().println("verified");
    return ExitCodes.OK;
  }

  /** A time given in epoch seconds on the command line, between 1970 and the end of 9999. */
  static Instant epochSeconds(String option, long seconds) {
    if (seconds < 0 || seconds > LATEST_EPOCH_SECOND) {
      throw new UsageException(option + " " + seconds + ": must be epoch seconds between 0 and " + LATEST_EPOCH_SECOND
          + " (9999-12-31T23:59:59Z)");
    }
    return Instant.ofEpochSecond(seconds);
  }

  static Map<String, String> parseHeaders(List<String> headers) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String header : headers) {
      int colon = header.indexOf(':');
      if (colon <= 0) {
        throw new UsageException("--header must look like 'Name: value' (the value is not shown)");
      }
      map.put(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
    }
    return map;
  }
}
