package io.github.iconikopentext.opentext.internal.storage;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.audit.Audited;
import io.github.iconikopentext.core.http.StreamingBody;
import io.github.iconikopentext.opentext.storage.StoredFile;
import java.util.Map;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.HeaderMap;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Streaming;

/**
 * The CSS v3 paths, relative to {@code {base}/css/} (or {@code https://css.{region}.api.opentext.com/}). Uploads and
 * downloads stream file content: they have no deadline, only a progress timeout ({@link StreamingBody}).
 */
interface CssRestApi {

  /** The stored file's id is only in the response: the event has no target. */
  @Audited(AuditAction.ASSET_UPLOADED)
  @StreamingBody
  @POST("v3/files/fromStream")
  StoredFile upload(@Body RequestBody content, @HeaderMap Map<String, String> headers);

  /** Audited when the response starts: the bytes are streamed to the caller afterwards. */
  @Audited(value = AuditAction.ASSET_DOWNLOADED, target = "id", targetKind = AuditTarget.Kind.FILE)
  @StreamingBody
  @Streaming
  @GET("v3/files/{id}/stream")
  ResponseBody download(@Path("id") String id);

  @GET("v3/files/{id}")
  StoredFile info(@Path("id") String id);
}
