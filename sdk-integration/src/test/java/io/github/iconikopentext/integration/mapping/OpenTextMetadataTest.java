package io.github.iconikopentext.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenTextMetadataTest {

  @Test
  void ofCopiesSoLaterChangesToTheSourceDoNotShowThrough() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("name", "clip.mov");
    List<Object> tags = new ArrayList<>(List.of("a"));
    Map<String, Object> attributes = new HashMap<>(Map.of("tags", tags));

    OpenTextMetadata metadata = OpenTextMetadata.of(properties, Map.of("t", Map.of("i", attributes)));
    properties.put("name", "other.mov");
    tags.add("b");
    attributes.put("x", 1L);

    assertThat(metadata.property("name")).contains("clip.mov");
    assertThat(metadata.attribute("t", "i", "tags")).contains(List.of("a"));
    assertThat(metadata.traits().get("t").get("i")).containsOnlyKeys("tags");
  }

  @Test
  void nullValuesAsCmsReturnsThemMeanNoValue() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("description", null);
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("expiry", null);

    OpenTextMetadata metadata = OpenTextMetadata.of(properties, Map.of("t", Map.of("i", attributes)));

    assertThat(metadata.properties()).isEmpty();
    assertThat(metadata.attribute("t", "i", "expiry")).isEmpty();
  }

  @Test
  void unsupportedValuesAreRefusedWithTheirPath() {
    assertThatThrownBy(() -> OpenTextMetadata.builder().attribute("t", "i", "a", new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OpenText value traits.t.i.a has unsupported type java.lang.Object");
    assertThatThrownBy(() -> OpenTextMetadata.of(Map.of("p", List.of(List.of("nested"))), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("properties.p holds a nested list element");
    assertThatThrownBy(() -> OpenTextMetadata.builder().property("p", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value of property p == null");
  }

  @Test
  void everyMapIsUnmodifiable() {
    OpenTextMetadata metadata = OpenTextMetadata.builder()
        .property("p", List.of("a"))
        .attribute("t", "i", "a", LocalDate.of(2024, 1, 1))
        .build();

    assertThatThrownBy(() -> metadata.properties().put("q", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> metadata.traits().remove("t")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> metadata.traits().get("t").get("i").clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void mappedMetadataIsUnmodifiableToo() {
    OpenTextMetadata mapped = MetadataMapper.mediaGovernance()
        .toOpenText(MediaGovernanceProfileTest.asset()).valueOrThrow();
    Map<String, Object> attributes = mapped.traits().get("media_governance").get("iconik");

    assertThatThrownBy(() -> attributes.put("project_code", "X")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> attributes.entrySet().iterator().remove())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> mapped.traits().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalityIsByContent() {
    OpenTextMetadata a = OpenTextMetadata.builder().property("p", 1L).attribute("t", "i", "a", "x").build();
    OpenTextMetadata b = OpenTextMetadata.of(Map.of("p", 1L), Map.of("t", Map.of("i", Map.of("a", "x"))));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(OpenTextMetadata.empty());
    assertThat(OpenTextMetadata.empty().isEmpty()).isTrue();
  }
}
