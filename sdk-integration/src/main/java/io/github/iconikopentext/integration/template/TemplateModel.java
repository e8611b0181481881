package io.github.iconikopentext.integration.template;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parts of an {@link IntegrationTemplate}, as records bound from the template JSON (snake_case members, camelCase accessors via {@code @Json}). Values
 * named {@code secret} are always secret references ({@code env:NAME}, {@code file:/path}, …), never literals.
 */
public final class TemplateModel {
  private TemplateModel() {}

  /** The iconik side: webhook subscriptions and custom actions the integration needs. */
  public record IconikSpec(
      List<WebhookSubscription> webhooks, @Json(name = "custom_actions") List<CustomActionSpec> customActions) {}

  /**
   * One iconik webhook (notifications service).
   *
   * @param name a unique name; the plan matches live webhooks by it
   * @param eventType e.g. {@code assets}
   * @param realm e.g. {@code entity}, {@code files}, {@code metadata}
   * @param operation e.g. {@code update}
   * @param query an iconik filter such as {@code data.status="CLOSED"}, or null
   * @param url where iconik delivers
   * @param secretHeader the shared-secret header iconik sends with each delivery
   */
  public record WebhookSubscription(String name, @Json(name = "event_type") String eventType, String realm,
      String operation, @Nullable String query, String url, @Json(name = "secret_header") SecretHeader secretHeader) {}

  /** A header whose value is a secret, e.g. {@code X-Iconik-Secret: env:ICONIK_WEBHOOK_SECRET}. */
  public record SecretHeader(String name, String secret) {}

  /**
   * One iconik custom action.
   *
   * @param context e.g. {@code ASSET}, {@code COLLECTION}, {@code BULK}
   * @param title the label users see; the plan matches live actions by context and title
   * @param url where iconik POSTs
   * @param type the HTTP method iconik uses, default POST
   */
  public record CustomActionSpec(String context, String title, String url, String type) {}

  /** The metadata mapping: a built-in profile by name, or an inline mapping spec (JSON object). */
  public record MappingRef(String profile, Map<String, Object> spec) {}

  /**
   * Which asset-state event triggers which action on which target.
   *
   * @param event an asset-state event name: {@code ApprovalGranted}, {@code ReviewRequested},
   *     {@code UploadCompleted}, …
   * @param action {@code transfer}, {@code notify} or {@code metadata-sync}
   * @param target a key of {@code targets} (or {@code opentext}), or null when the action needs none
   * @param format the iconik format to transfer, default {@code ORIGINAL}
   */
  public record RoutingRule(String event, String action, @Nullable String target, String format) {}

  /**
   * OpenText targets.
   *
   * @param cmsType the CMS type of the file instances created
   * @param folder the CMS folder (id or path) they are created in
   * @param trait the CMS trait the mapped metadata goes to, if any
   * @param css whether files are stored in the Content Storage Service
   * @param app the Developer Admin app and service client the integration runs as
   */
  public record OpenTextSpec(
      @Json(name = "cms_type") String cmsType, String folder, String trait, Boolean css, AppSpec app) {}

  /** A Developer Admin app and the id of its confidential service client. */
  public record AppSpec(
      @Json(name = "organization_id") String organizationId, String name, @Json(name = "client_id") String clientId) {}

  /**
   * A named transfer or notification target.
   *
   * @param kind {@code opentext}, {@code filesystem}, {@code http}, or a kind an add-on module provides through
   *     {@link io.github.iconikopentext.integration.transfer.TransferTargetFactory} ({@code s3}, {@code sftp})
   * @param path the folder of a filesystem target
   * @param url the URL of an http target, or the location of an add-on target ({@code s3://bucket/prefix},
   *     {@code sftp://user@host:port/path})
   * @param secret a secret reference (signing secret of an http target), or null
   * @param credential a key of the template's {@code credentials} the target logs in with, or null
   * @param options the add-on target's options (e.g. {@code key_template}, {@code known_hosts}), never secrets
   */
  public record TargetSpec(String kind, String path, String url, @Nullable String secret, @Nullable String credential,
      Map<String, String> options) {
    public TargetSpec {
      options = options == null ? Map.of() : Map.copyOf(options);
    }
  }

  /** A credential the integration needs: its non-secret id and a reference to its secret. */
  public record CredentialRef(String id, String secret) {}
}
