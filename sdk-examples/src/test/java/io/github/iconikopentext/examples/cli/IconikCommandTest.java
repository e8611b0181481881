package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.MetadataFieldType;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.testkit.IconikSimulator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IconikCommandTest {
  private static IconikSimulator iconik;
  private static String assetId;
  private static String viewId;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    iconik = IconikSimulator.start();
    assetId = iconik.seedAsset("Interview A");
    iconik.seedAsset("Interview B");
    iconik.seedAsset("Interview C");
    viewId = iconik.seedMetadataView("Rights", Map.of("rights_holder", MetadataFieldType.STRING,
        "territories", MetadataFieldType.TAG_CLOUD));
    IconikClient.builder(iconik.environment(), iconik.credentials()).build().metadata().putAssetValues(assetId,
        viewId, MetadataValues.builder().put("rights_holder", "Example Studios")
            .putAll("territories", List.of("DE", "FR")).build());
  }

  @AfterAll
  static void stop() {
    iconik.close();
  }

  private CliRunner cli() {
    return new CliRunner(dir).iconik(iconik);
  }

  @Test
  void assetsList_printsTheFirstPage_orEveryPageWithAll() {
    CliRunner.Result first = cli().run("iconik", "assets", "list", "--per-page", "2");
    CliRunner.Result all = cli().run("iconik", "assets", "list", "--per-page", "2", "--all");

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.out().lines()).hasSize(2).allMatch(l -> l.matches("\\S+\tInterview [ABC]"));
    assertThat(first.err()).contains("2 of 3 assets shown; --all lists every one");
    assertThat(all.exitCode()).as(all.toString()).isZero();
    assertThat(all.out().lines()).hasSize(3).anyMatch(l -> l.equals(assetId + "\tInterview A"));
  }

  @Test
  void assetGet_printsTheAssetAsJson_andAnUnknownIdIsARemoteError() {
    CliRunner.Result found = cli().run("iconik", "asset", "get", assetId);
    CliRunner.Result missing = cli().run("iconik", "asset", "get", "00000000-0000-0000-0000-000000000000");

    assertThat(found.exitCode()).as(found.toString()).isZero();
    assertThat(found.out()).contains("\"id\": \"" + assetId + "\"", "\"title\": \"Interview A\"");
    assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(ExitCodes.REMOTE);
    assertThat(missing.err()).contains("HTTP 404");
  }

  @Test
  void metadataGet_printsFieldsAndValues() {
    CliRunner.Result r = cli().run("iconik", "metadata", "get", assetId, viewId);

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("\"rights_holder\": [", "\"Example Studios\"", "\"territories\": [", "\"FR\"");
  }

  @Test
  void aRejectedToken_isARemoteError_withoutTheToken() {
    CliRunner cli = cli();
    cli.env.put("ICONIK_AUTH_TOKEN", "not-the-token");

    CliRunner.Result r = cli.run("iconik", "assets", "list");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.REMOTE);
    assertThat(r.err()).contains("HTTP 401").doesNotContain("not-the-token");
  }

  @Test
  void aMissingSetting_isAUsageError_namingIt() {
    CliRunner cli = cli();
    cli.env.remove("ICONIK_AUTH_TOKEN");

    CliRunner.Result r = cli.run("iconik", "assets", "list");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("missing setting ICONIK_AUTH_TOKEN");
  }
}
