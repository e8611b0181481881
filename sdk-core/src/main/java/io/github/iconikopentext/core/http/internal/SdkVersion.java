package io.github.iconikopentext.core.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version and the User-Agent built from it. Not part of the API. */
public final class SdkVersion {
  public static final String VERSION = load();
  public static final String USER_AGENT =
      "iconik-opentext-sdk/" + VERSION + " java/" + System.getProperty("java.version", "unknown");

  private SdkVersion() {}

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("/io/github/iconikopentext/core/sdk-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
