package io.github.iconikopentext.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalJsonWriterTest {

  @Test
  void writesNestedStructuresWithoutWhitespace() {
    CanonicalJsonWriter w = new CanonicalJsonWriter(4); // tiny, to exercise growth
    w.beginObject().name("a").beginArray().value(1).value("x").beginObject().member("k", "v").endObject().endArray()
        .member("b", (String) null).member("c", -5L).name("d").beginObject().endObject().endObject();

    assertThat(w.toString()).isEqualTo("{\"a\":[1,\"x\",{\"k\":\"v\"}],\"c\":-5,\"d\":{}}");
  }

  @Test
  void escapesOnlyWhatRfc8785Escapes() {
    CanonicalJsonWriter w = new CanonicalJsonWriter();
    w.value("\u0000\u001f\b\f\r\"\\/<>&\u007f\u2028é");

    assertThat(w.toByteArray()).isEqualTo(
        "\"\\u0000\\u001f\\b\\f\\r\\\"\\\\/<>&\u007f\u2028é\"".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void stringOfControlCharactersFitsTheBuffer() {
    CanonicalJsonWriter w = new CanonicalJsonWriter(1);
    w.value("\u0001".repeat(100));

    assertThat(w.size()).isEqualTo(602);
  }

  @Test
  void refusesMembersOutOfOrderOrTwice() {
    assertThatThrownBy(() -> new CanonicalJsonWriter().beginObject().name("b").value(1).name("a"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'a' written after 'b'");
    assertThatThrownBy(() -> new CanonicalJsonWriter().beginObject().name("a").value(1).name("a"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new CanonicalJsonWriter().beginArray().name("a"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void ordersByUtf16CodeUnitsLikeJcs() {
    // U+10000 (surrogates D800 DC00) sorts before U+FB33 in UTF-16 order, though after it by code point.
    CanonicalJsonWriter w = new CanonicalJsonWriter();
    w.beginObject().member("\uD800\uDC00", "1").member("\uFB33", "2").endObject();

    assertThat(w.toString()).isEqualTo("{\"\uD800\uDC00\":\"1\",\"\uFB33\":\"2\"}");
  }

  @Test
  void tree_sortsMembers_stripsNumbers_andKeepsNullsAndBooleans() {
    java.util.Map<String, Object> tree = new java.util.LinkedHashMap<>();
    tree.put("b", java.util.List.of(2.50, 3.0, true));
    tree.put("a", null);
    tree.put("é", "x\ny");

    assertThat(CanonicalJsonWriter.tree(tree))
        .isEqualTo("{\"a\":null,\"b\":[2.5,3,true],\"é\":\"x\\ny\"}");
    java.util.Map<String, Object> reordered = new java.util.LinkedHashMap<>();
    reordered.put("é", "x\ny");
    reordered.put("a", null);
    reordered.put("b", java.util.List.of(2.5, 3, true));
    assertThat(CanonicalJsonWriter.sha256(tree)).hasSize(64).isEqualTo(CanonicalJsonWriter.sha256(reordered));
  }

  @Test
  void tree_nestsDeeperThanAnAuditRecord() {
    Object tree = "leaf";
    for (int i = 0; i < 40; i++) {
      tree = java.util.List.of(tree);
    }

    assertThat(CanonicalJsonWriter.tree(tree)).startsWith("[[[[").contains("\"leaf\"");
  }
}
