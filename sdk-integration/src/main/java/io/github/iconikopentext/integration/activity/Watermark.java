package io.github.iconikopentext.integration.activity;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * How far an asset's iconik history has been collected: the creation time of the newest entry appended and the ids of
 * the entries created at exactly that time (iconik's times may repeat, so the time alone cannot tell which of them
 * were appended). Immutable.
 *
 * @param time the newest appended entry's {@code date_created}
 * @param idsAtTime the history ids appended with that time
 */
public record Watermark(Instant time, Set<String> idsAtTime) {
  public Watermark {
    Objects.requireNonNull(time, "time == null");
    idsAtTime = Set.copyOf(Objects.requireNonNull(idsAtTime, "idsAtTime == null"));
  }

  /** Whether an entry with {@code id} created at {@code created} was already appended under this watermark. */
  public boolean covers(String id, Instant created) {
    return created.isBefore(time) || created.equals(time) && idsAtTime.contains(id);
  }
}
