package io.github.iconikopentext.testkit.hostile;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chooses the {@link Answer} to one request, e.g. differently from one request to the next. Called on the server's
 * connection threads: implementations must be thread-safe.
 */
@FunctionalInterface
public interface Responder {

  /** The answer to {@code request}. */
  Answer answer(RecordedRequest request);

  /** Always {@code answer}. */
  static Responder always(Answer answer) {
    Objects.requireNonNull(answer, "answer == null");
    return request -> answer;
  }

  /** The given answers in turn, then the last one for ever. */
  static Responder sequence(Answer... answers) {
    List<Answer> list = List.of(answers);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("no answers");
    }
    AtomicInteger next = new AtomicInteger();
    return request -> list.get(Math.min(next.getAndIncrement(), list.size() - 1));
  }

  /**
   * An OAuth token endpoint that issues a new token {@code hostile-token-1}, {@code -2}, … per request, each with
   * {@code expires_in} written as {@code expiresInJson} ({@link Answer#token(String, String)}).
   */
  static Responder tokens(String expiresInJson) {
    AtomicInteger issued = new AtomicInteger();
    return request -> Answer.token("hostile-token-" + issued.incrementAndGet(), expiresInJson);
  }
}
