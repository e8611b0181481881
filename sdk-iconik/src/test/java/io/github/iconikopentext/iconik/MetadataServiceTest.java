package io.github.iconikopentext.iconik;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.squareup.moshi.JsonAdapter;
import io.github.iconikopentext.iconik.internal.IconikJson;
import io.github.iconikopentext.iconik.model.MetadataFieldType;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.model.MetadataView;
import io.github.iconikopentext.iconik.spec.Fixtures;
import io.github.iconikopentext.iconik.spec.SampleMetadata;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MetadataServiceTest {
  private static final String ASSET_ID = "a1111111-1111-4111-8111-111111111111";
  private static final String VIEW_ID = "e1111111-1111-4111-8111-111111111111";
  private static final String VALUES_PATH = "/API/metadata/v1/assets/" + ASSET_ID + "/views/" + VIEW_ID + "/";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final IconikClient iconik = new TestClients().client(wm.baseUrl());

  @Test
  void valuesOfEveryFieldTypeReadWithTypedAccessors() {
    wm.stubFor(get(VALUES_PATH).willReturn(okJson(Fixtures.read("metadata-values.json"))));

    MetadataValues values = iconik.metadata().assetValues(ASSET_ID, VIEW_ID);

    assertThat(values.string("title_text")).contains("Evening news");
    assertThat(values.strings("keywords")).containsExactly("politics", "economy");
    assertThat(values.number("episode")).contains(BigDecimal.valueOf(42));
    assertThat(values.number("rating")).contains(new BigDecimal("4.5"));
    assertThat(values.bool("approved")).contains(true);
    assertThat(values.date("air_date")).contains(LocalDate.of(2024, 5, 1));
    assertThat(values.dateTime("ingested_at")).contains(OffsetDateTime.parse("2024-05-01T18:30:00Z"));
    assertThat(values.string("genre")).contains("news");
  }

  @Test
  void putSendsIconiksValueShapeWithEachFieldsMode() {
    wm.stubFor(put(VALUES_PATH).willReturn(okJson(Fixtures.read("metadata-values.json"))));
    MetadataValues values = MetadataValues.builder()
        .put("episode", 42)
        .putAll("keywords", List.of("sport"))
        .mode("keywords", MetadataValues.Mode.APPEND)
        .build();

    iconik.metadata().putAssetValues(ASSET_ID, VIEW_ID, values);

    wm.verify(putRequestedFor(urlEqualTo(VALUES_PATH)).withRequestBody(equalToJson("""
        {"metadata_values": {
          "episode": {"field_values": [{"value": 42}], "mode": "overwrite"},
          "keywords": {"field_values": [{"value": "sport"}], "mode": "append"}}}""")));
  }

  @Test
  void batchPutNamesTheObjects() {
    String path = "/API/metadata/v1/assets/views/" + VIEW_ID + "/";
    wm.stubFor(put(path).willReturn(aResponse().withStatus(202)));

    iconik.metadata().putValuesBatch("assets", List.of("a1", "a2"), VIEW_ID,
        MetadataValues.builder().put("approved", false).build());

    wm.verify(putRequestedFor(urlEqualTo(path)).withRequestBody(equalToJson("""
        {"object_ids": ["a1", "a2"],
         "metadata_values": {"approved": {"field_values": [{"value": false}], "mode": "overwrite"}}}""")));
  }

  @Test
  void everyFieldTypeSurvivesTheWireShapeUnchanged() throws IOException {
    JsonAdapter<MetadataValues> adapter = IconikJson.moshi().adapter(MetadataValues.class);
    MetadataValues sent = SampleMetadata.everyFieldType();

    MetadataValues back = adapter.fromJson(adapter.toJson(sent));

    assertThat(SampleMetadata.sameTypedValues(sent, back)).as("%s came back as %s", sent, back).isTrue();
  }

  @Test
  void nullsAndOddValuesInTheWireShapeAreTolerated() throws IOException {
    JsonAdapter<MetadataValues> adapter = IconikJson.moshi().adapter(MetadataValues.class);

    MetadataValues values = adapter.fromJson("""
        {"a": null, "b": {"field_values": null}, "c": {"field_values": [{"value": null}, {"value": "x"}]},
         "d": {"field_values": ["bare"]}, "e": {"field_values": [{"value": {"nested": 1}}]},
         "f": {"field_values": [{"value": 12345678901234567890}]}}""");

    assertThat(values.values("a")).isEmpty();
    assertThat(values.values("b")).isEmpty();
    assertThat(values.strings("c")).containsExactly("x");
    assertThat(values.string("d")).contains("bare");
    assertThat(values.string("e")).contains("{\"nested\":1.0}");
    assertThat(values.number("f")).contains(new BigDecimal("12345678901234567890"));
    assertThat(adapter.fromJson("null")).isEqualTo(MetadataValues.empty());
  }

  @Test
  void aViewCarriesItsFieldsTypes() {
    wm.stubFor(get(urlEqualTo("/API/metadata/v1/views/" + VIEW_ID + "/?merge_fields=true"))
        .willReturn(okJson(Fixtures.read("metadata-view.json"))));
    wm.stubFor(get("/API/metadata/v1/views/").willReturn(okJson(Fixtures.read("metadata-views.json"))));

    MetadataView view = iconik.metadata().view(VIEW_ID);

    assertThat(view.field("ingested_at")).get().extracting(f -> f.fieldType()).isEqualTo(MetadataFieldType.DATETIME);
    assertThat(view.field("genre").orElseThrow().options()).extracting(o -> o.value()).containsExactly("news", "sport");
    assertThat(iconik.metadata().views()).singleElement().extracting(MetadataView::name).isEqualTo("Delivery");
  }
}
