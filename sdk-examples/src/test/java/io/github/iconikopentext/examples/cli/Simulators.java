package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.opentext.admin.App;
import io.github.iconikopentext.opentext.admin.ClientType;
import io.github.iconikopentext.opentext.admin.ServiceClient;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.TypeDefinition;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.OpenTextSimulator;
import java.util.List;

/** Both simulators, seeded with what the bundled template's dev values expect (app, client, CMS type). */
final class Simulators implements AutoCloseable {
  final IconikSimulator iconik;
  final OpenTextSimulator openText;

  private Simulators(boolean withCmsType) {
    iconik = IconikSimulator.builder().appId("app-dev-0001").start();
    openText = OpenTextSimulator.builder().client("bridge-dev-client", "bridge-dev-secret-value")
        .cmsRequestsPerSecond(0).start();
    String app = openText.seedApp("org-dev", new App(null, "iconik-bridge-dev", "Bridge", "1", null,
        openText.tenantId()));
    openText.seedServiceClient("org-dev", app,
        new ServiceClient(null, openText.clientId(), "bridge", ClientType.CONFIDENTIAL, List.of()));
    if (withCmsType) {
      openText.seedTypeDefinition(new TypeDefinition("media_asset", "demo", "Media", null, Category.FILE, null,
          List.of()));
    }
  }

  /** Seeded for the template, including its CMS type. */
  static Simulators start() {
    return new Simulators(true);
  }

  /** Seeded for the template except for its CMS type, which apply cannot create. */
  static Simulators withoutCmsType() {
    return new Simulators(false);
  }

  /** A runner whose settings point at both simulators. */
  CliRunner runner(java.nio.file.Path dir) {
    return new CliRunner(dir).iconik(iconik).openText(openText);
  }

  @Override
  public void close() {
    iconik.close();
    openText.close();
  }
}
