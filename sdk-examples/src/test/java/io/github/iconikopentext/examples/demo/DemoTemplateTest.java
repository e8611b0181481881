package io.github.iconikopentext.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo runs the template a new team starts from ({@code iconik-opentext init}), with one addition: the S3 archive
 * (its route, its target, its credential and their values). Anything else that drifts between the two fails here.
 */
class DemoTemplateTest {
  private static final String STARTER = "/io/github/iconikopentext/examples/cli/init/";

  @Test
  void theDemoTemplate_isTheStarterTemplate_plusTheS3Archive() throws IOException {
    Map<String, Object> demo = json(DemoFiles.RESOURCES + "approved-media.json");
    Map<String, Object> starter = json(STARTER + "approved-media.json");

    assertThat(map(demo, "targets")).containsKey("s3-archive");
    assertThat(map(demo, "credentials")).containsKey("s3");
    assertThat(withoutTheS3Archive(demo)).isEqualTo(withoutTheS3Archive(starter));
  }

  @Test
  void theDemoValues_areTheStarterValues_plusTheS3Ones() throws IOException {
    Map<String, Object> demo = json(DemoFiles.RESOURCES + "values-dev.json");
    Map<String, Object> starter = json(STARTER + "values-dev.json");

    assertThat(demo).containsAllEntriesOf(starter);
    assertThat(demo.keySet()).filteredOn(key -> !starter.containsKey(key)).isNotEmpty().allMatch(k -> k.startsWith("s3_"));
  }

  private static Map<String, Object> withoutTheS3Archive(Map<String, Object> template) {
    Map<String, Object> copy = new LinkedHashMap<>(template);
    copy.remove("description");
    copy.put("targets", without(map(template, "targets"), "s3-archive"));
    copy.put("credentials", without(map(template, "credentials"), "s3"));
    List<Object> routing = new ArrayList<>((List<?>) template.get("routing"));
    routing.removeIf(rule -> "s3-archive".equals(((Map<?, ?>) rule).get("target")));
    copy.put("routing", routing);
    return copy;
  }

  private static Map<String, Object> without(Map<String, Object> map, String key) {
    Map<String, Object> copy = new LinkedHashMap<>(map);
    copy.remove(key);
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> json, String key) {
    return (Map<String, Object>) json.get(key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String resource) throws IOException {
    try (InputStream in = DemoTemplateTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class)
          .fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
