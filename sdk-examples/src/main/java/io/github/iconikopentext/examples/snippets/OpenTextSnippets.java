package io.github.iconikopentext.examples.snippets;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.EnvironmentLoader;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.SecretReferenceCredentialsProvider;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.auth.OAuthGrant;
import io.github.iconikopentext.opentext.auth.OpenTextAuth;
import io.github.iconikopentext.opentext.auth.TokenEndpoint;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.CmsIdentity;
import io.github.iconikopentext.opentext.cms.CmsInstance;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import io.github.iconikopentext.opentext.cms.InstanceRequest;
import io.github.iconikopentext.opentext.cms.Rendition;
import io.github.iconikopentext.opentext.storage.StoredFile;
import java.nio.file.Path;
import java.util.Map;

/** docs/opentext.md (the simulator snippet is in the tests: it asserts). */
final class OpenTextSnippets {
  private OpenTextSnippets() {}

  static CmsInstance client() {
    Environment prod = EnvironmentLoader.fromPropertiesFile(Path.of("environments.properties"), "prod");
    OpenTextClient openText = OpenTextClient.builder(prod)
        .clientCredentials(SecretReferenceCredentialsProvider.of("my-client-id", "env:OPENTEXT_CLIENT_SECRET"))
        .build();

    StoredFile blob = openText.storage().upload(Path.of("clip.mp4"), "video/mp4").file();
    CmsInstance asset = openText.cms().create(Category.FILE, "ot_asset", InstanceRequest.builder("clip.mp4")
        .rendition(Rendition.primary("clip.mp4", blob.id(), "video/mp4", blob.size()))
        .trait("iconik_view", "Default", Map.of("reviewed", true))
        .build());
    return asset;
  }

  static void whoChangedWhat(OpenTextClient openText) {
    for (CmsInstance instance : openText.cms().list(Category.FILE, "ot_asset", InstanceQuery.all())) {
      CmsIdentity creator = instance.createdBy();   // a bare id or a user object, whichever CMS sends
      String by = creator == null ? "unknown" : creator.displayName();
      System.out.println(instance.name() + " created by " + by + ", etag " + instance.etag());
    }
  }

  static OpenTextAuth otds(CredentialsProvider clientCredentials) {
    OpenTextAuth auth = OpenTextAuth.builder(clientCredentials)
        .endpoint(TokenEndpoint.otds("https://otds.example.com"))
        .grant(OAuthGrant.impersonate("jdoe@OTInternal"))   // token exchange, confirmed on OTDS only
        .build();
    return auth;
  }
}
