package io.github.iconikopentext.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.credentials.Secret;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One verifier and one signer shared by many threads: no state leaks from one request into another. */
class ConcurrentVerificationTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 300;
  private static final long NOW = 1_700_000_000L;

  @Test
  void sharedVerifierGivesEachThreadTheRightAnswer() throws Exception {
    Secret secret = WebhookSigner.newStandardWebhooksSecret();
    WebhookSigner signer = WebhookSigner.builder(WebhookScheme.standardWebhooks()).secret(secret).build();
    WebhookVerifier verifier = WebhookVerifier.builder(WebhookScheme.standardWebhooks()).secret(secret)
        .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)).build();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(pool.submit((Callable<Integer>) () -> {
          Random random = new Random(thread);
          start.await();
          int correct = 0;
          for (int i = 0; i < PER_THREAD; i++) {
            byte[] body = new byte[random.nextInt(8192)];
            random.nextBytes(body);
            String id = "msg_" + thread + "_" + i;
            Map<String, String> headers = signer.sign(id, Instant.ofEpochSecond(NOW), body);
            boolean genuineAccepted = verifier.verify(headers, body).messageId().orElseThrow().equals(id);
            boolean forgedRejected = false;
            if (body.length > 0) {
              body[random.nextInt(body.length)] ^= 1;
              try {
                verifier.verify(headers, body);
              } catch (WebhookVerificationException e) {
                forgedRejected = e.reason() == WebhookVerificationException.Reason.NO_MATCHING_SIGNATURE;
              }
            } else {
              forgedRejected = true;
            }
            if (genuineAccepted && forgedRejected) {
              correct++;
            }
          }
          return correct;
        }));
      }
      start.countDown();
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(PER_THREAD);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void verifiersOfDifferentSecretsSharingThreads_neverVerifyWithEachOthersKey() throws Exception {
    // Each key keeps one Mac per thread: interleaving two keys on the same threads must keep them apart.
    Secret first = Secret.of("first-secret");
    Secret second = Secret.of("second-secret");
    WebhookVerifier firstVerifier = WebhookVerifier.builder(WebhookScheme.githubStyle("X-Sig")).secret(first)
        .replayGuard(ReplayGuard.none()).build();
    WebhookVerifier secondVerifier = WebhookVerifier.builder(WebhookScheme.githubStyle("X-Sig")).secret(second)
        .replayGuard(ReplayGuard.none()).build();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        results.add(pool.submit((Callable<Integer>) () -> {
          int correct = 0;
          for (int i = 0; i < PER_THREAD; i++) {
            byte[] body = ("body " + thread + " " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String firstSignature = "sha256=" + JcaHmac.hexHmacSha256("first-secret", body);
            String secondSignature = "sha256=" + JcaHmac.hexHmacSha256("second-secret", body);
            boolean ok = accepts(firstVerifier, firstSignature, body) && accepts(secondVerifier, secondSignature, body)
                && !accepts(firstVerifier, secondSignature, body) && !accepts(secondVerifier, firstSignature, body);
            correct += ok ? 1 : 0;
          }
          return correct;
        }));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(PER_THREAD);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean accepts(WebhookVerifier verifier, String signature, byte[] body) {
    try {
      verifier.verify(Map.of("X-Sig", signature), body);
      return true;
    } catch (WebhookVerificationException e) {
      return false;
    }
  }
}
