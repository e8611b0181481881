package io.github.iconikopentext.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.model.MetadataValues;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentMappingTest {

  @Test
  void oneMapperSharedByManyThreadsGivesEachCallItsOwnResult() throws Exception {
    MetadataMapper mapper = MetadataMapper.mediaGovernance();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Callable<Integer> work = () -> {
          for (int i = 0; i < 2_000; i++) {
            boolean valid = (i + thread) % 3 != 0;
            String code = valid ? "PRJ-" + thread + '-' + i : "bad code " + i;
            MetadataValues values = MediaGovernanceProfileTest.asset().toBuilder().put("project_code", code).build();

            MappingResult<OpenTextMetadata> result = mapper.toOpenText(values);

            Object mapped = result.value().attribute("media_governance", "iconik", "project_code").orElse(null);
            assertThat(mapped).isEqualTo(valid ? code : null);
            assertThat(result.hasErrors()).isEqualTo(!valid);
            if (valid) {
              assertThat(mapper.toIconik(result.value()).valueOrThrow()).isEqualTo(values);
            }
          }
          return thread;
        };
        results.add(pool.submit(work));
      }
      for (Future<Integer> result : results) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
