package io.github.iconikopentext.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.FromJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.ToJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TolerantJsonTest {
  public enum Status {
    ACTIVE,
    UNKNOWN
  }

  public record Size(Integer width, Integer height) {}

  /** Read by its own adapter from a number or an object. */
  public record PageInfo(Long number) {}

  public record Item(@Strict String id, String name, Long size, BigDecimal ratio, Boolean online, Status status,
      Instant created, Size resolution, List<String> tags, Map<String, String> metadata, PageInfo page) {}

  // Public: on the module path Moshi may call only public adapter methods of a package that is exported, not opened.
  public static final class PageInfoAdapter {
    @FromJson
    public PageInfo fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
        Long number = null;
        reader.beginObject();
        while (reader.hasNext()) {
          if (reader.nextName().equals("number")) {
            number = reader.nextLong();
          } else {
            reader.skipValue();
          }
        }
        reader.endObject();
        return new PageInfo(number);
      }
      return new PageInfo(reader.nextLong());
    }

    @ToJson
    public Long toJson(PageInfo page) {
      return page.number();
    }
  }

  private static final Moshi TOLERANT = Json.newTolerantBuilder().add(new PageInfoAdapter()).build();
  private final JsonAdapter<Item> items = TOLERANT.adapter(Item.class);

  @Test
  void valuesOfAnUnexpectedShape_readAsNull_andTheRestDecodes() throws Exception {
    Item item = items.fromJson("{\"id\": \"a\", \"name\": {\"first\": \"x\"}, \"size\": \"big\", \"ratio\": [1],"
        + " \"online\": {}, \"status\": 3, \"created\": \"yesterday\", \"resolution\": [320, 180],"
        + " \"tags\": {\"a\": 1}, \"metadata\": \"codec\", \"page\": true}");

    assertThat(item).isEqualTo(new Item("a", null, null, null, null, Status.UNKNOWN, null, null, null, null, null));
  }

  @Test
  void scalarsConvertWhereNothingIsLost() throws Exception {
    Item item = items.fromJson("{\"id\": 42, \"name\": 1.50, \"size\": \"1752552962\", \"ratio\": \"0.00667\","
        + " \"online\": true, \"tags\": [1, true, \"x\"], \"metadata\": {\"bitdepth\": 10, \"hdr\": false}}");

    assertThat(item.id()).isEqualTo("42");
    assertThat(item.name()).isEqualTo("1.50");
    assertThat(item.size()).isEqualTo(1_752_552_962L);
    assertThat(item.ratio()).isEqualByComparingTo("0.00667");
    assertThat(item.tags()).containsExactly("1", "true", "x");
    assertThat(item.metadata()).containsEntry("bitdepth", "10").containsEntry("hdr", "false");
  }

  @Test
  void aBadElementOrMemberDeepDown_onlyNullsThatElementOrMember() throws Exception {
    Item item = items.fromJson("{\"id\": \"a\", \"tags\": [\"x\", {\"y\": 1}, \"z\"],"
        + " \"resolution\": {\"width\": \"wide\", \"height\": 180}, \"metadata\": {\"codec\": \"AVC\", \"x\": [1]}}");

    assertThat(item.tags()).containsExactly("x", null, "z");
    assertThat(item.resolution()).isEqualTo(new Size(null, 180));
    assertThat(item.metadata()).containsEntry("codec", "AVC").containsEntry("x", null);
  }

  @Test
  void typesWithTheirOwnAdapter_getEveryShapeThatAdapterReads() throws Exception {
    assertThat(items.fromJson("{\"page\": \"5\"}").page()).isEqualTo(new PageInfo(5L));
    assertThat(items.fromJson("{\"page\": [5]}").page()).isNull();
    assertThat(items.fromJson("{\"page\": 3}").page()).isEqualTo(new PageInfo(3L));
    assertThat(items.fromJson("{\"page\": {\"number\": 4, \"size\": 10}}").page()).isEqualTo(new PageInfo(4L));
  }

  @Test
  void strictMembers_andTheTopLevelValue_stillFailNamingThePath() {
    assertThatThrownBy(() -> items.fromJson("{\"id\": {\"value\": \"a\"}, \"name\": \"n\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.id");
    assertThatThrownBy(() -> TOLERANT.adapter(Item.class).fromJson("[1, 2]"))
        .isInstanceOf(JsonDataException.class);
    assertThatThrownBy(() -> TOLERANT.adapter(Item.class).fromJson("\"text\""))
        .isInstanceOf(JsonDataException.class);
  }

  @Test
  void aStrictFailureInsideAListIsNotSwallowed() {
    JsonAdapter<List<Item>> list = TOLERANT.adapter(com.squareup.moshi.Types.newParameterizedType(List.class,
        Item.class));

    assertThatThrownBy(() -> list.fromJson("[{\"id\": \"a\"}, {\"id\": [\"b\"]}]"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$[1].id");
  }

  @Test
  void writingIsUnchanged() {
    Item item = new Item("a", "n", 3L, new BigDecimal("1.5"), true, Status.ACTIVE,
        Instant.parse("2024-01-01T00:00:00Z"), new Size(1, 2), List.of("t"), Map.of("k", "v"), new PageInfo(2L));

    assertThat(items.toJson(item)).isEqualTo(Json.newBuilder().add(new PageInfoAdapter()).build()
        .adapter(Item.class).toJson(item));
  }

  @Test
  void theDefaultBuilderStaysStrict() {
    JsonAdapter<Item> strict = Json.newBuilder().add(new PageInfoAdapter()).build().adapter(Item.class);

    assertThatThrownBy(() -> strict.fromJson("{\"name\": {\"first\": \"x\"}}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.name");
  }
}
