package io.github.iconikopentext.core.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Retrofit service method whose calls are audited: when the {@link io.github.iconikopentext.core.http.HttpStack}
 * has an {@link AuditContext}, each call — after its retries, successful or not — produces exactly one
 * {@link AuditEvent} with this action. Without an audit context the annotation costs nothing.
 *
 * <pre>{@code
 * @Audited(value = AuditAction.ASSET_READ, target = "asset_id")
 * @GET("API/assets/v1/assets/{asset_id}/")
 * Asset getAsset(@Path("asset_id") String assetId);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

  /** The action each call records. */
  AuditAction value();

  /**
   * The name of the {@code @Path} parameter holding the target's id (it becomes the event's target and CloudEvents
   * subject); empty for no target. Checked when the method is first used: a name that is not in the method's path
   * template is a {@link io.github.iconikopentext.core.error.ConfigurationException}.
   */
  String target() default "";

  /** The kind of object the target id names. */
  AuditTarget.Kind targetKind() default AuditTarget.Kind.ASSET;
}
