package io.github.iconikopentext.testkit.internal.iconik;

import static io.github.iconikopentext.testkit.internal.iconik.Routes.ID;

import io.github.iconikopentext.testkit.IconikWebhookEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Formats, file sets, files and storages (iconik's files service), plus the simulator's own upload and download
 * endpoints that stand in for signed storage URLs ({@value #UPLOAD} and {@value #DOWNLOAD}, no iconik headers
 * needed; served by {@link TransferFilter}). Not part of the API.
 */
final class FileRoutes {
  static final String UPLOAD = "/sim/upload/";
  static final String DOWNLOAD = "/sim/files/";
  private static final String BASE = "/API/files/v1/assets/";
  private static final List<String> READ_ONLY = List.of("id", "asset_id", "date_created", "date_modified",
      "upload_url", "upload_method", "upload_filename", "url", "system_domain_id");

  private final SimState s;

  private FileRoutes(SimState state) {
    this.s = state;
  }

  static void register(Routes routes, SimState state) {
    FileRoutes f = new FileRoutes(state);
    routes.add("GET", BASE + ID + "/formats/", r -> f.ofAsset(r, state.formats));
    routes.add("POST", BASE + ID + "/formats/", f::createFormat);
    routes.add("GET", BASE + ID + "/formats/" + ID + "/", f::format);
    routes.add("GET", BASE + ID + "/file_sets/", r -> f.ofAsset(r, state.fileSets));
    routes.add("POST", BASE + ID + "/file_sets/", f::createFileSet);
    routes.add("GET", BASE + ID + "/files/", r -> f.ofAsset(r, state.files));
    routes.add("POST", BASE + ID + "/files/", f::createFile);
    routes.add("GET", BASE + ID + "/files/" + ID + "/", r -> f.withFile(r, SimResponse::ok));
    routes.add("PATCH", BASE + ID + "/files/" + ID + "/", f::updateFile);
    routes.add("GET", BASE + ID + "/files/" + ID + "/download_url/", r -> f.withFile(r,
        file -> {
          AssetRoutes.addHistory(state, r.param(1), "DOWNLOAD", "Download of file " + file.get("id"));
          return SimResponse.ok(Map.of("url", f.downloadUrl((String) file.get("id"))));
        }));
    routes.add("GET", "/API/files/v1/storages/", r -> Pagination.page(r, List.copyOf(state.storages.values()), 100));
    routes.add("GET", "/API/files/v1/storages/" + ID + "/", r -> {
      Map<String, Object> storage = state.storages.get(r.param(1));
      return storage == null ? SimResponse.error(404, "Storage doesn't exist") : SimResponse.ok(storage);
    });
    routes.add("GET", "/API/files/v1/files/checksum/" + ID + "/", r -> Pagination.page(r, state.files.values().stream()
        .filter(file -> r.param(1).equals(file.get("checksum"))).toList(), 1000));
  }

  private SimResponse ofAsset(SimRequest r, Map<String, Map<String, Object>> objects) {
    if (!s.assets.containsKey(r.param(1))) {
      return SimResponse.notFound("Asset");
    }
    return Pagination.page(r, objects.values().stream().filter(o -> r.param(1).equals(o.get("asset_id"))).toList(),
        1000);
  }

  private SimResponse createFormat(SimRequest r) {
    if (!s.assets.containsKey(r.param(1))) {
      return SimResponse.notFound("Asset");
    }
    if (!(r.json().get("name") instanceof String name) || name.isBlank()) {
      return SimResponse.fieldError("name", "Missing data for required field.");
    }
    Map<String, Object> format = newFormat(s, r.param(1), name);
    SimState.merge(format, r.json(), READ_ONLY);
    s.emit(new IconikWebhookEvent("assets", "formats", "create", r.param(1), format));
    return SimResponse.created(format);
  }

  static Map<String, Object> newFormat(SimState s, String assetId, String name) {
    Map<String, Object> format = s.newObject(s.newId());
    format.put("asset_id", assetId);
    format.put("name", name);
    format.put("status", "ACTIVE");
    format.put("archive_status", "NOT_ARCHIVED");
    format.put("is_online", true);
    format.put("storage_methods", new ArrayList<>());
    format.put("components", new ArrayList<>());
    format.put("metadata", new ArrayList<>());
    format.put("user_id", s.userId);
    format.put("version_id", AssetRoutes.currentVersionId(s.assets.get(assetId)));
    s.formats.put((String) format.get("id"), format);
    return format;
  }

  /** A format by id or, as iconik also allows, by name (e.g. ORIGINAL). */
  private SimResponse format(SimRequest r) {
    Map<String, Object> format = s.formats.get(r.param(2));
    if (format == null) {
      format = s.formats.values().stream()
          .filter(x -> r.param(1).equals(x.get("asset_id")) && r.param(2).equals(x.get("name")))
          .findFirst().orElse(null);
    }
    return format == null || !r.param(1).equals(format.get("asset_id"))
        ? SimResponse.error(404, "Format for this asset doesn't exist") : SimResponse.ok(format);
  }

  private SimResponse createFileSet(SimRequest r) {
    if (!s.assets.containsKey(r.param(1))) {
      return SimResponse.notFound("Asset");
    }
    for (String required : List.of("name", "format_id", "base_dir")) {
      if (!(r.json().get(required) instanceof String)) {
        return SimResponse.fieldError(required, "Missing data for required field.");
      }
    }
    if (!s.formats.containsKey(r.json().get("format_id"))) {
      return SimResponse.fieldError("format_id", "Format does not exist.");
    }
    Map<String, Object> fileSet = s.newObject(s.newId());
    fileSet.put("asset_id", r.param(1));
    fileSet.put("status", "ACTIVE");
    fileSet.put("component_ids", new ArrayList<>());
    SimState.merge(fileSet, r.json(), READ_ONLY);
    s.fileSets.put((String) fileSet.get("id"), fileSet);
    return SimResponse.created(fileSet);
  }

  private SimResponse createFile(SimRequest r) {
    if (!s.assets.containsKey(r.param(1))) {
      return SimResponse.notFound("Asset");
    }
    for (String required : List.of("original_name", "directory_path", "type", "file_set_id")) {
      if (!(r.json().get(required) instanceof String)) {
        return SimResponse.fieldError(required, "Missing data for required field.");
      }
    }
    Map<String, Object> fileSet = s.fileSets.get(r.json().get("file_set_id"));
    if (fileSet == null) {
      return SimResponse.fieldError("file_set_id", "File set does not exist.");
    }
    Map<String, Object> file = newFile(s, r.param(1), fileSet, (String) r.json().get("original_name"));
    SimState.merge(file, r.json(), READ_ONLY);
    file.put("upload_url", s.baseUrl + UPLOAD + file.get("id"));
    file.put("upload_method", "PUT");
    file.put("upload_filename", file.get("original_name"));
    s.emit(new IconikWebhookEvent("assets", "files", "create", r.param(1), file));
    return SimResponse.created(file);
  }

  static Map<String, Object> newFile(SimState s, String assetId, Map<String, Object> fileSet, String name) {
    Map<String, Object> file = s.newObject(s.newId());
    file.put("asset_id", assetId);
    file.put("name", name);
    file.put("original_name", name);
    file.put("directory_path", fileSet.get("base_dir"));
    file.put("type", "FILE");
    file.put("status", "OPEN");
    file.put("file_set_id", fileSet.get("id"));
    file.put("format_id", fileSet.get("format_id"));
    file.put("storage_id", fileSet.get("storage_id"));
    Map<String, Object> storage = fileSet.get("storage_id") == null ? null : s.storages.get(fileSet.get("storage_id"));
    if (storage != null) {
      file.put("storage_method", storage.get("method"));
    }
    file.put("parent_id", null);
    file.put("file_date_created", file.get("date_created"));
    file.put("file_date_modified", file.get("date_modified"));
    file.put("version_id", AssetRoutes.currentVersionId(s.assets.get(assetId)));
    file.put("system_domain_id", s.systemDomainId);
    file.put("user_id", s.userId);
    s.files.put((String) file.get("id"), file);
    return file;
  }

  private SimResponse withFile(SimRequest r, java.util.function.Function<Map<String, Object>, SimResponse> then) {
    Map<String, Object> file = s.files.get(r.param(2));
    return file == null || !r.param(1).equals(file.get("asset_id"))
        ? SimResponse.error(404, "File for this asset doesn't exist") : then.apply(file);
  }

  private SimResponse updateFile(SimRequest r) {
    return withFile(r, file -> {
      Object before = file.get("status");
      SimState.merge(file, r.json(), READ_ONLY);
      file.put("date_modified", s.now());
      if ("CLOSED".equals(file.get("status"))) {
        file.remove("upload_url");
        file.remove("upload_method");
        file.remove("upload_filename");
      }
      if (!Objects.equals(before, file.get("status")) || !r.json().isEmpty()) {
        s.emit(new IconikWebhookEvent("assets", "files", "update", r.param(1), file));
      }
      return SimResponse.ok(file);
    });
  }

  String downloadUrl(String fileId) {
    return signedUrl(s, fileId);
  }

  /** The signed URL of a file's content, as {@code download_url} answers it; search hits' proxies use it too. */
  static String signedUrl(SimState s, String fileId) {
    String token = s.downloadTokens.computeIfAbsent(fileId, id -> UUID.randomUUID().toString().replace("-", ""));
    return s.baseUrl + DOWNLOAD + fileId + "?signature=" + token;
  }
}
