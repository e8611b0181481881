package io.github.iconikopentext.benchmarks.webhook;

import com.standardwebhooks.Webhook;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.webhook.ReplayGuard;
import io.github.iconikopentext.core.webhook.VerifiedWebhook;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.core.webhook.WebhookScheme;
import io.github.iconikopentext.core.webhook.WebhookSigner;
import io.github.iconikopentext.core.webhook.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Verifying one signed webhook request: the SDK's verifier in its Standard Webhooks and Stripe-style schemes, the
 * reference Standard Webhooks library, stripe-java, and the limit — one HMAC-SHA256 over the same signed bytes with
 * an already initialised {@link Mac}.
 *
 * <p>Every contender gets its input in the form its API takes, prepared outside the measurement: the SDK the raw
 * body bytes, the peers the body already decoded to a {@code String} (their API takes text). The SDK's verifier has
 * its replay guard off, so the same message can be verified again and again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(2)
public class WebhookVerificationBenchmark {
  private static final String MESSAGE_ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";

  /** Body size in bytes. */
  @Param({"1024", "65536"})
  public int bodyBytes;

  private byte[] body;
  private String bodyText;
  private WebhookVerifier standardVerifier;
  private WebhookHeaders standardHeaders;
  private Webhook referenceLibrary;
  private Map<String, List<String>> standardHeaderMap;
  private WebhookVerifier stripeVerifier;
  private WebhookHeaders stripeHeaders;
  private String stripeSignatureHeader;
  private String stripeSecret;
  private byte[] signedPrefix;
  private SecretKeySpec rawKey;

  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(42);
    body = BenchmarkBodies.json(bodyBytes, random);
    bodyText = new String(body, StandardCharsets.UTF_8);
    byte[] key = new byte[32];
    random.nextBytes(key);
    String whsec = "whsec_" + Base64.getEncoder().encodeToString(key);
    Instant now = Instant.now();

    Map<String, String> standard = signer(WebhookScheme.standardWebhooks(), whsec).sign(MESSAGE_ID, now, body);
    standardHeaderMap = multiValued(standard);
    standardHeaders = WebhookHeaders.ofMultiValued(standardHeaderMap);
    standardVerifier = verifier(WebhookScheme.standardWebhooks(), whsec);
    referenceLibrary = new Webhook(whsec);

    Map<String, String> stripe = signer(WebhookScheme.stripe(), whsec).sign(MESSAGE_ID, now, body);
    stripeSignatureHeader = stripe.get("Stripe-Signature");
    stripeHeaders = WebhookHeaders.ofMultiValued(multiValued(stripe));
    stripeVerifier = verifier(WebhookScheme.stripe(), whsec);
    stripeSecret = whsec;

    signedPrefix = (MESSAGE_ID + "." + now.getEpochSecond() + ".").getBytes(StandardCharsets.UTF_8);
    rawKey = new SecretKeySpec(key, "HmacSHA256");
    checkEveryContenderAccepts();
  }

  /** The limit needs a {@link Mac} per thread; it is initialised once, outside the measurement. */
  @State(Scope.Thread)
  public static class RawMac {
    Mac mac;

    @Setup(Level.Trial)
    public void setUp(WebhookVerificationBenchmark b) throws GeneralSecurityException {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(b.rawKey);
    }
  }

  @Benchmark
  public VerifiedWebhook sdkStandardWebhooks() {
    return standardVerifier.verify(standardHeaders, body);
  }

  @Benchmark
  public Object peerStandardWebhooksLibrary() throws Exception {
    referenceLibrary.verify(bodyText, standardHeaderMap);
    return referenceLibrary;
  }

  @Benchmark
  public VerifiedWebhook sdkStripeStyle() {
    return stripeVerifier.verify(stripeHeaders, body);
  }

  @Benchmark
  public boolean peerStripeJava() throws Exception {
    return com.stripe.net.Webhook.Signature.verifyHeader(bodyText, stripeSignatureHeader, stripeSecret, 300);
  }

  @Benchmark
  public byte[] limitRawHmacSha256(RawMac raw) {
    raw.mac.update(signedPrefix);
    return raw.mac.doFinal(body);
  }

  private void checkEveryContenderAccepts() {
    try {
      sdkStandardWebhooks();
      peerStandardWebhooksLibrary();
      sdkStripeStyle();
      if (!peerStripeJava()) {
        throw new IllegalStateException("stripe-java rejected the benchmark's signature");
      }
    } catch (Exception e) {
      throw new IllegalStateException("a contender rejects the benchmark's request: " + e, e);
    }
  }

  private static WebhookSigner signer(WebhookScheme scheme, String secret) {
    return WebhookSigner.builder(scheme).secret(Secret.of(secret)).build();
  }

  private static WebhookVerifier verifier(WebhookScheme scheme, String secret) {
    return WebhookVerifier.builder(scheme).secret(Secret.of(secret)).replayGuard(ReplayGuard.none()).build();
  }

  /**
   * Headers as servers hand them over: the usual request headers plus the signature headers, one list of values
   * per name.
   */
  private Map<String, List<String>> multiValued(Map<String, String> signatureHeaders) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    map.put("Host", List.of("hooks.example.com"));
    map.put("User-Agent", List.of("iconik-webhooks/1.0"));
    map.put("Content-Type", List.of("application/json"));
    map.put("Content-Length", List.of(Integer.toString(body.length)));
    map.put("Accept-Encoding", List.of("gzip"));
    signatureHeaders.forEach((name, value) -> map.put(name, List.of(value)));
    return map;
  }
}
