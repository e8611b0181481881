package io.github.iconikopentext.benchmarks.mapping;

import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.integration.mapping.MappingResult;
import io.github.iconikopentext.integration.mapping.MetadataMapper;
import io.github.iconikopentext.integration.mapping.OpenTextMetadata;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Mapping one asset's iconik metadata (the ten fields of the built-in media governance profile) to OpenText CMS
 * trait attributes, single thread, so throughput is per core. The assets are 1024 different ones, taken in turn,
 * with values that need every converter (surrounding spaces, lower-case codes); each maps without an issue. The
 * peer is the same mapping written by hand ({@link HandWrittenGovernanceMapping}); setup checks that both produce
 * equal results.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(2)
public class MetadataMappingBenchmark {
  private static final int ASSETS = 1024;
  private static final String[] APPROVALS = {"N/A", "REQUESTED", "APPROVED", "NOT_APPROVED", "MIXED"};
  private static final String[] TERRITORIES = {"DE", "at", " CH", "FR ", "GB", "US-CA", "ES", "IT", "NL", "BE"};

  private final MetadataMapper mapper = MetadataMapper.mediaGovernance();
  private final HandWrittenGovernanceMapping handWritten = new HandWrittenGovernanceMapping();
  private MetadataValues[] assets;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(11);
    assets = new MetadataValues[ASSETS];
    for (int i = 0; i < ASSETS; i++) {
      assets[i] = asset(i, random);
      MappingResult<OpenTextMetadata> result = mapper.toOpenText(assets[i]);
      if (!result.isClean() || !result.value().equals(handWritten.toOpenText(assets[i]))) {
        throw new IllegalStateException("asset " + i + " does not map cleanly and equally: " + result.problems());
      }
    }
  }

  @Benchmark
  public MappingResult<OpenTextMetadata> sdkMediaGovernanceProfile() {
    return mapper.toOpenText(nextAsset());
  }

  @Benchmark
  public OpenTextMetadata peerHandWritten() {
    return handWritten.toOpenText(nextAsset());
  }

  private MetadataValues nextAsset() {
    MetadataValues asset = assets[next];
    next = (next + 1) & (ASSETS - 1);
    return asset;
  }

  private static MetadataValues asset(int i, Random random) {
    List<String> territories = new ArrayList<>();
    for (int t = random.nextInt(4); t >= 0; t--) {
      territories.add(TERRITORIES[random.nextInt(TERRITORIES.length)]);
    }
    OffsetDateTime embargo = OffsetDateTime.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28),
        random.nextInt(24), random.nextInt(60), 1 + random.nextInt(59), random.nextInt(1_000_000) * 1000,
        ZoneOffset.ofHours(random.nextInt(5) - 2));
    return MetadataValues.builder()
        .put("project_code", (i % 2 == 0 ? " prj-" : "PRJ-") + (2020 + i % 6) + "-" + (100 + i))
        .put("campaign_name", "Campaign " + random.nextInt(500) + " ")
        .put("rights_holder", " Studio " + random.nextInt(80) + " Ltd")
        .put("usage_terms", "Social media and web only until expiry; no paid placement. Ref " + i)
        .put("license_url", "https://rights.example/licences/" + random.nextInt(100_000))
        .put("rights_expiry_date", LocalDate.of(2026 + random.nextInt(4), 1 + random.nextInt(12),
            1 + random.nextInt(28)).toString())
        .put("embargo_until", embargo.toString())
        .putAll("territories", territories)
        .put("rights_cleared", random.nextBoolean())
        .put("approval_status", APPROVALS[random.nextInt(APPROVALS.length)])
        .build();
  }
}
