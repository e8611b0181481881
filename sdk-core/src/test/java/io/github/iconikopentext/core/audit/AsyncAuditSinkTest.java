package io.github.iconikopentext.core.audit;

import static io.github.iconikopentext.core.audit.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class AsyncAuditSinkTest {

  /** A sink that holds the worker on its first event until released. */
  private static final class GatedSink implements AuditSink {
    final InMemoryAuditSink events = new InMemoryAuditSink();
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    volatile boolean closed;

    @Override
    public void write(AuditEvent event) {
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      events.write(event);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void deliversEveryEventInOrderAndClosesTheDelegate() {
    GatedSink delegate = new GatedSink();
    delegate.release.countDown();
    AsyncAuditSink sink = AsyncAuditSink.builder(delegate).capacity(4).build();
    for (int i = 0; i < 100; i++) {
      sink.write(event(i));
    }
    sink.flush();
    assertThat(delegate.events.events()).hasSize(100);

    sink.close();
    assertThat(delegate.events.events()).extracting(AuditEvent::subject)
        .startsWith("asset-0", "asset-1", "asset-2").endsWith("asset-99");
    assertThat(delegate.closed).isTrue();
    assertThatThrownBy(() -> sink.write(event(1))).isInstanceOf(AuditException.class).hasMessageContaining("closed");
  }

  @Test
  void writesRacingWithClose_areEachEitherWrittenOrRefused_neverSilentlyLost() throws Exception {
    for (int round = 0; round < 20; round++) {
      InMemoryAuditSink delegate = new InMemoryAuditSink();
      List<RuntimeException> reported = new CopyOnWriteArrayList<>();
      AsyncAuditSink sink = AsyncAuditSink.builder(delegate).capacity(8)
          .onFailure((event, failure) -> reported.add(failure)).build();
      List<String> accepted = new CopyOnWriteArrayList<>();
      CountDownLatch started = new CountDownLatch(4);
      List<Thread> writers = new java.util.ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int writer = w;
        Thread t = new Thread(() -> {
          started.countDown();
          for (int i = 0; ; i++) {
            AuditEvent e = event(writer * 1_000_000 + i);
            try {
              sink.write(e);
              accepted.add(e.id());
            } catch (AuditException refused) {
              return; // closed: this event, and only this one, was refused loudly
            }
          }
        });
        t.start();
        writers.add(t);
      }
      started.await();
      Thread.sleep(2);
      sink.close();
      for (Thread t : writers) {
        t.join(5_000);
      }

      assertThat(reported).as("round %d: failures reported", round).isEmpty();
      assertThat(delegate.events()).extracting(AuditEvent::id).as("round %d", round)
          .containsExactlyInAnyOrderElementsOf(accepted);
      assertThat(sink.queueDepth()).isZero();
    }
  }

  @Test
  void fullQueueRefusesTheEventLoudlyInsteadOfDroppingIt() throws InterruptedException {
    GatedSink delegate = new GatedSink();
    AsyncAuditSink sink = AsyncAuditSink.builder(delegate).capacity(2).maxBlock(Duration.ZERO).build();
    sink.write(event(0));
    delegate.entered.await(); // the worker holds event 0; the queue is empty again
    sink.write(event(1));
    sink.write(event(2));

    assertThatThrownBy(() -> sink.write(event(3)))
        .isInstanceOf(AuditException.class)
        .hasMessageContaining("stayed full")
        .hasMessageContaining("was not recorded");

    delegate.release.countDown();
    sink.close();
    assertThat(delegate.events.events()).extracting(AuditEvent::subject)
        .containsExactly("asset-0", "asset-1", "asset-2");
  }

  @Test
  void delegateFailuresAreHandedOverAndReportedByFlush() {
    List<AuditEvent> failed = new CopyOnWriteArrayList<>();
    AuditSink broken = event -> {
      throw new AuditException("disk full");
    };
    AsyncAuditSink sink = AsyncAuditSink.builder(broken).onFailure((event, e) -> failed.add(event)).build();
    sink.write(event(1));
    sink.write(event(2));

    assertThatThrownBy(sink::flush)
        .isInstanceOf(AuditException.class)
        .hasMessageContaining("2 audit event(s) could not be written")
        .hasMessageContaining("disk full");
    assertThat(failed).extracting(AuditEvent::subject).containsExactly("asset-1", "asset-2");
    sink.flush(); // reported once
    sink.close();
  }
}
