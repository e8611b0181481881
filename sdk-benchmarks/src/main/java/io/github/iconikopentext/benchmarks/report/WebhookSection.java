package io.github.iconikopentext.benchmarks.report;

import io.github.iconikopentext.benchmarks.report.JmhResults.Metric;
import io.github.iconikopentext.benchmarks.report.JmhResults.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Webhook verification: the SDK against the reference Standard Webhooks library, stripe-java and raw HMAC. */
final class WebhookSection implements Section {
  private static final String CLASS = "WebhookVerificationBenchmark.";
  private static final String SDK_STANDARD = CLASS + "sdkStandardWebhooks";
  private static final String PEER_STANDARD = CLASS + "peerStandardWebhooksLibrary";
  private static final String SDK_STRIPE = CLASS + "sdkStripeStyle";
  private static final String PEER_STRIPE = CLASS + "peerStripeJava";
  private static final String LIMIT = CLASS + "limitRawHmacSha256";
  private static final Map<String, String> LABELS = Map.of(
      SDK_STANDARD, "SDK `WebhookVerifier`, Standard Webhooks",
      PEER_STANDARD, "`com.standardwebhooks:standardwebhooks` 1.1.0 (reference library)",
      SDK_STRIPE, "SDK `WebhookVerifier`, Stripe-style",
      PEER_STRIPE, "stripe-java 29.0.0 `Webhook.Signature.verifyHeader`",
      LIMIT, "raw JCA HMAC-SHA256 over the same bytes (limit)");
  private static final List<String> ORDER = List.of(SDK_STANDARD, PEER_STANDARD, SDK_STRIPE, PEER_STRIPE, LIMIT);

  @Override
  public String analysis(String id) {
    if (!id.equals("webhook-limit-65536")) {
      return "";
    }
    return "What limits it: beyond the HMAC the limit computes, the SDK does a constant amount of work per request: "
        + "it scans the headers, checks the timestamp against the clock, builds the signed prefix, splits the "
        + "signature header and decodes each signature strictly (decoding, then re-encoding to refuse "
        + "non-canonical base64), and clones the keyed `Mac` prototype so that verifiers can be shared between "
        + "threads (most of the allocation per op). That cost is the difference in time per verification between "
        + "the SDK and the limit at 1 KiB. At 64 KiB both spend nearly all their time in the same SHA-256 "
        + "compression (the profiles, as far as Flight Recorder could sample it); where the gap in time per "
        + "verification at 64 KiB is larger than at 1 KiB, the rest is not work the SDK adds but a difference in "
        + "how fast the same hashing code runs in the two benchmarks' JVMs (JIT compilation, code layout), which "
        + "varies from run to run. What would close the constant part: keep an initialised `Mac` per thread and "
        + "key (a "
        + "`ThreadLocal`) instead of cloning one per call, and compare the decoded signature bytes without "
        + "re-encoding them.";
  }

  @Override
  public String title() {
    return "Webhook verification";
  }

  @Override
  public List<Check> write(JmhResults results, Markdown out) {
    if (!results.ran(CLASS.substring(0, CLASS.length() - 1))) {
      out.paragraph("No results in this run.");
    } else {
      out.paragraph("One verification of a signed request, replay guard off, single thread. The SDK gets the raw "
          + "body bytes; the peers get the body already decoded to a `String`, since their APIs take text (the "
          + "decoding is not measured, in the peers' favour). The limit is one HMAC-SHA256 over the same signed "
          + "bytes (`id.timestamp.body`) with a `Mac` initialised once per thread. Allocation from JMH's gc "
          + "profiler.");
    }
    List<Check> checks = new ArrayList<>();
    for (String size : List.of("1024", "65536")) {
      String label = size.equals("1024") ? "1 KiB" : "64 KiB";
      Map<String, String> params = Map.of("bodyBytes", size);
      Optional<Result> limit = results.find(LIMIT, params);
      limit.ifPresent(l -> table(results, out, label, params, l));
      checks.add(peerCheck(results, "webhook-standard-" + size, SDK_STANDARD, PEER_STANDARD, params,
          "SDK Standard Webhooks ≥ 1.0 × standardwebhooks, " + label));
      checks.add(peerCheck(results, "webhook-stripe-" + size, SDK_STRIPE, PEER_STRIPE, params,
          "SDK Stripe-style ≥ 1.0 × stripe-java, " + label));
      if (size.equals("65536")) {
        String target = "SDK Standard Webhooks ≥ 0.9 × raw HMAC, 64 KiB";
        Optional<Result> sdk = results.find(SDK_STANDARD, params);
        checks.add(sdk.isPresent() && limit.isPresent()
            ? Check.atLeast("webhook-limit-65536", target, Ratio.of(sdk.get().primary(), limit.get().primary()),
                0.9, new Check.Profile(SDK_STANDARD, LIMIT, params))
            : Check.notMeasured("webhook-limit-65536", target, "the SDK or the limit benchmark did not run"));
      }
    }
    return checks;
  }

  private static void table(JmhResults results, Markdown out, String label, Map<String, String> params,
      Result limit) {
    out.heading(3, label + " body");
    int bytes = Integer.parseInt(params.get("bodyBytes"));
    List<List<String>> rows = new ArrayList<>();
    for (String benchmark : ORDER) {
      results.find(benchmark, params).ifPresent(r -> rows.add(List.of(
          LABELS.get(benchmark),
          Format.metric(r.primary()),
          Format.number(r.primary().score() * bytes / 1e6),
          Ratio.of(r.primary(), limit.primary()).format(),
          r.allocationPerOp().map(m -> Format.bytes(m.score())).orElse("n/a"))));
    }
    out.table(List.of("contender", "throughput", "MB/s of body", "× raw HMAC", "allocated per op"), rows);
  }

  private static Check peerCheck(JmhResults results, String id, String sdk, String peer, Map<String, String> params,
      String target) {
    Optional<Metric> ours = results.find(sdk, params).map(Result::primary);
    Optional<Metric> theirs = results.find(peer, params).map(Result::primary);
    if (ours.isEmpty() || theirs.isEmpty()) {
      return Check.notMeasured(id, target, "the SDK or the peer benchmark did not run");
    }
    return Check.atLeast(id, target, Ratio.of(ours.get(), theirs.get()), 1.0,
        new Check.Profile(sdk, peer, params));
  }
}
