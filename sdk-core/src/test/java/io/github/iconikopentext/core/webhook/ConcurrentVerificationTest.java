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
}
