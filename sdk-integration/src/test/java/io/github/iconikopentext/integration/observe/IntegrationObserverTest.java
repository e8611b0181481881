package io.github.iconikopentext.integration.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class IntegrationObserverTest {
  private final List<String> seen = new CopyOnWriteArrayList<>();

  /** Records around each step and each task, under its name. */
  private IntegrationObserver recording(String name) {
    return new IntegrationObserver() {
      @Override
      public <T> T observe(Step step, Supplier<T> work) {
        seen.add(name + " enters " + step.kind());
        try {
          return work.get();
        } finally {
          seen.add(name + " leaves " + step.kind());
        }
      }

      @Override
      public Runnable propagate(Runnable task) {
        return () -> {
          seen.add(name + " before task");
          task.run();
        };
      }
    };
  }

  @Test
  void severalObservers_nestInTheOrderGiven_forStepsAndTasks() {
    IntegrationObserver both = IntegrationObserver.of(List.of(recording("a"), recording("b")));

    String result = both.observe(new Step(Step.Kind.TRANSFER, Map.of(Step.TARGET, "archive")), () -> {
      seen.add("work");
      return "done";
    });
    both.propagate(() -> seen.add("task")).run();

    assertThat(result).isEqualTo("done");
    assertThat(seen).containsExactly("a enters TRANSFER", "b enters TRANSFER", "work", "b leaves TRANSFER",
        "a leaves TRANSFER", "a before task", "b before task", "task");
  }

  @Test
  void theWorksFailure_reachesTheCallerThroughEveryObserver() {
    IntegrationObserver both = IntegrationObserver.of(List.of(recording("a"), recording("b")));

    assertThatThrownBy(() -> both.observe(new Step(Step.Kind.ROUTE, Map.of()), () -> {
      throw new IllegalStateException("target down");
    })).hasMessage("target down");
    assertThat(seen).containsExactly("a enters ROUTE", "b enters ROUTE", "b leaves ROUTE", "a leaves ROUTE");
  }

  @Test
  void noObservers_isNone_andOneIsItself() {
    IntegrationObserver one = recording("a");

    assertThat(IntegrationObserver.of(List.of())).isSameAs(IntegrationObserver.NONE);
    assertThat(IntegrationObserver.of(List.of(one))).isSameAs(one);
    Runnable task = () -> { };
    assertThat(IntegrationObserver.NONE.propagate(task)).isSameAs(task);
  }

  @Test
  void aStepsAttributes_areAnUnmodifiableCopy() {
    Map<String, String> attributes = new java.util.HashMap<>(Map.of(Step.ASSET_ID, "a1"));
    Step step = new Step(Step.Kind.TRANSFER, attributes);
    attributes.put(Step.TARGET, "later");

    assertThat(step.attributes()).containsOnlyKeys(Step.ASSET_ID);
    assertThat(step.attribute(Step.TARGET)).isNull();
    assertThatThrownBy(() -> step.attributes().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }
}
