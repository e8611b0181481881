package io.github.iconikopentext.testkit.hostile;

import static io.github.iconikopentext.testkit.hostile.Fixture.ASSET_ID;
import static io.github.iconikopentext.testkit.hostile.Fixture.CMS_ID;
import static io.github.iconikopentext.testkit.hostile.Fixture.CMS_TYPE;
import static io.github.iconikopentext.testkit.hostile.Fixture.TENANT;

import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.iconik.model.AssetRequest;
import io.github.iconikopentext.opentext.auth.OpenTextTokenManager;
import io.github.iconikopentext.opentext.auth.TokenRequestEncoding;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import io.github.iconikopentext.opentext.cms.InstanceRef;
import io.github.iconikopentext.opentext.cms.InstanceRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call of each typed client — iconik, OpenText CMS, Admin and CSS, the token manager — by name, against a
 * {@link HostileServer}; what each returns is read in full, so a lazy list is really fetched.
 */
final class Operations {
  /** A call against the server with the given options. */
  @FunctionalInterface
  interface Call {
    Object run(HostileServer server, HttpOptions options) throws Exception;
  }

  static final Map<String, Call> ALL = new LinkedHashMap<>();

  static {
    ALL.put("iconik get asset", (s, o) -> Fixture.iconik(s, o).assets().get(ASSET_ID));
    ALL.put("iconik create asset (POST)", (s, o) -> Fixture.iconik(s, o).assets().create(AssetRequest.titled("x")));
    ALL.put("iconik list assets", (s, o) -> Fixture.iconik(s, o).assets().list().stream().toList());
    ALL.put("iconik raw GET", (s, o) -> Fixture.iconik(s, o).raw().json("GET", "API/assets/v1/assets/", null));
    ALL.put("CMS get", (s, o) -> Fixture.openText(s, TokenRequestEncoding.FORM_WITH_BASIC_AUTH, o).cms()
        .get(InstanceRef.file(CMS_TYPE, CMS_ID)));
    ALL.put("CMS create (POST)", (s, o) -> Fixture.openText(s, TokenRequestEncoding.FORM_WITH_BASIC_AUTH, o).cms()
        .create(Category.FILE, CMS_TYPE, InstanceRequest.builder("a.mov").build()));
    ALL.put("CMS list", (s, o) -> Fixture.openText(s, TokenRequestEncoding.FORM_WITH_BASIC_AUTH, o).cms()
        .list(Category.FILE, CMS_TYPE, InstanceQuery.all()).stream().toList());
    ALL.put("Admin get tenant", (s, o) -> Fixture.openText(s, TokenRequestEncoding.FORM_WITH_BASIC_AUTH, o).admin()
        .tenant("org-1", TENANT));
    ALL.put("CSS upload (POST)", (s, o) -> Fixture.openText(s, TokenRequestEncoding.FORM_WITH_BASIC_AUTH, o)
        .storage().upload(new ByteArrayInputStream("content".getBytes(StandardCharsets.UTF_8)), "a.txt",
            "text/plain"));
    ALL.put("CSS download", (s, o) -> {
      Path target = Files.createTempFile("hostile", ".bin");
      try {
        return Fixture.openText(s, TokenRequestEncoding.FORM_WITH_BASIC_AUTH, o).storage().downloadTo("f-1", target);
      } finally {
        Files.deleteIfExists(target);
      }
    });
    for (TokenRequestEncoding encoding : TokenRequestEncoding.values()) {
      ALL.put("token manager, " + encoding, (s, o) -> OpenTextTokenManager.builder().httpOptions(o).build()
          .tokens(Fixture.openTextEnvironment(s), Fixture.auth(encoding)).resolveCredential());
    }
  }

  private Operations() {}
}
