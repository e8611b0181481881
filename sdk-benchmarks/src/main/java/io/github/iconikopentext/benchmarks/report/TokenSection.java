package io.github.iconikopentext.benchmarks.report;

import io.github.iconikopentext.benchmarks.report.JmhResults.Metric;
import io.github.iconikopentext.benchmarks.report.JmhResults.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The OpenText token source under 64 threads: cost per call against a volatile read, and token requests made. */
final class TokenSection implements Section {
  private static final String CLASS = "TokenContentionBenchmark.";
  private static final String SDK = CLASS + "sdkCachedToken";
  private static final String LIMIT = CLASS + "limitVolatileRead";

  private static String allocation(Result r) {
    return r.allocationPerOp().map(m -> Format.bytes(m.score())).orElse("n/a");
  }

  @Override
  public String title() {
    return "Token provider under contention";
  }

  @Override
  public List<Check> write(JmhResults results, Markdown out) {
    out.paragraph("64 threads call `resolveCredential()` on one `OpenTextTokenManager` token source "
        + "(`CachingCredentialsProvider`) whose tokens come from the OpenText simulator on loopback, which counts "
        + "the token requests it receives. Tokens live 1 hour (the run is one validity window) or 5 seconds with "
        + "a 3-second prefetch and no jitter (refreshed at half their life, so a new window every 2.5 seconds, "
        + "by one thread while the "
        + "others keep the valid token). The limit is a volatile read of a token held in a field. Time per call "
        + "is JMH's average per thread: with 64 threads on "
        + Runtime.getRuntime().availableProcessors() + " cores, a thread waits for a core most of the time.");
    Optional<Result> limit = results.find(LIMIT);
    List<List<String>> rows = new ArrayList<>();
    List<Check> checks = new ArrayList<>();
    for (String lifetime : List.of("3600", "5")) {
      String label = lifetime.equals("3600") ? "1 h tokens" : "5 s tokens";
      String id = "token-requests-" + lifetime;
      String target = "1 token request per validity window, " + label;
      Optional<Result> sdk = results.find(SDK, Map.of("tokenLifetimeSeconds", lifetime));
      if (sdk.isEmpty()) {
        checks.add(Check.notMeasured(id, target, "the benchmark did not run"));
        continue;
      }
      Metric time = sdk.get().primary();
      long requests = Math.round(sdk.get().secondary("tokenRequests").map(Metric::last).orElse(Double.NaN));
      long windows = Math.round(sdk.get().secondary("validityWindows").map(Metric::last).orElse(Double.NaN));
      rows.add(List.of("SDK cached token, " + label, Format.metric(time),
          limit.map(l -> Ratio.of(time, l.primary()).format()).orElse("n/a"), allocation(sdk.get()),
          Long.toString(requests), Long.toString(windows)));
      boolean met = requests >= 1 && requests <= windows;
      checks.add(new Check(id, target, requests + " requests in " + windows + " windows",
          met ? Check.Status.MET : Check.Status.MISSED,
          met ? "" : (requests - windows) + " requests more than windows",
          met ? Optional.empty()
              : Optional.of(new Check.Profile(SDK, null, Map.of("tokenLifetimeSeconds", lifetime)))));
    }
    limit.ifPresent(l -> rows.add(List.of("volatile read of a held token (limit)", Format.metric(l.primary()),
        "1.00×", allocation(l), "—", "—")));
    out.table(List.of("contender", "time per call", "× limit", "allocated per call", "token requests",
        "validity windows begun"), rows);
    out.paragraph("Token requests and windows are counted from the start of the trial (warm-up included) to the "
        + "end of the last measurement iteration; a window begins every (lifetime − min(prefetch, lifetime / 2)).");
    out.paragraph("The cached path is a volatile read, `Clock.millis()` and a comparison of two `long`s: the "
        + "refresh deadline is kept in epoch milliseconds, so the path allocates nothing whatever the JIT does (it "
        + "used to allocate an `Instant` per call, and the young GCs that followed had to stop all 64 threads).");
    return checks;
  }
}
