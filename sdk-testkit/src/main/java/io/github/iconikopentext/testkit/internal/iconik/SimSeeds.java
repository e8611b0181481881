package io.github.iconikopentext.testkit.internal.iconik;

import io.github.iconikopentext.iconik.model.MetadataFieldType;
import io.github.iconikopentext.iconik.model.StoragePurpose;
import io.github.iconikopentext.testkit.IconikSimulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seeding and inspection of the simulator's state for tests, each under the state's lock. Inspection returns
 * deep-enough copies that the caller cannot change the state. Not part of the API.
 */
public final class SimSeeds {
  private final SimState s;

  public SimSeeds(SimState state) {
    this.s = state;
  }

  public String asset(String title) {
    synchronized (s) {
      return (String) AssetRoutes.newAsset(s, title).get("id");
    }
  }

  /** A saved search of the assets whose title contains {@code query}, as a saved search's stored criteria. */
  public String savedSearch(String name, String query) {
    synchronized (s) {
      Map<String, Object> search = s.newObject(s.newId());
      search.put("name", name);
      search.put("group_id", null);
      search.put("criteria", Map.of("query", query, "doc_types", List.of("assets")));
      s.savedSearches.put((String) search.get("id"), search);
      return (String) search.get("id");
    }
  }

  public String collection(String title) {
    synchronized (s) {
      return (String) CollectionRoutes.newCollection(s, title, null).get("id");
    }
  }

  public String view(String name, Map<String, MetadataFieldType> fields) {
    synchronized (s) {
      fields.forEach((field, type) -> s.fields.computeIfAbsent(field, f -> field(f, type.wireName())));
      Map<String, Object> view = s.newObject(s.newId());
      view.put("name", name);
      view.put("description", null);
      view.put("field_names", new ArrayList<>(fields.keySet()));
      s.views.put((String) view.get("id"), view);
      return (String) view.get("id");
    }
  }

  public void dropDown(String name, List<String> options) {
    synchronized (s) {
      Map<String, Object> field = s.fields.computeIfAbsent(name, f -> field(f, "drop_down"));
      field.put("options", options.stream().map(o -> Map.of("label", o, "value", o)).toList());
    }
  }

  private Map<String, Object> field(String name, String type) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("name", name);
    f.put("label", name);
    f.put("field_type", type);
    f.put("multi", "tag_cloud".equals(type));
    f.put("required", false);
    f.put("read_only", false);
    f.put("options", new ArrayList<>());
    f.put("date_created", s.now());
    f.put("date_modified", s.now());
    return f;
  }

  public String storage(String name, StoragePurpose purpose) {
    synchronized (s) {
      Map<String, Object> storage = s.newObject(s.newId());
      storage.remove("date_created");
      storage.remove("date_modified");
      storage.put("name", name);
      storage.put("method", "S3");
      storage.put("purpose", purpose.name());
      storage.put("status", "ACTIVE");
      storage.put("default", s.storages.isEmpty());
      storage.put("settings", Map.of("bucket", "simulated"));
      s.storages.put((String) storage.get("id"), storage);
      return (String) storage.get("id");
    }
  }

  private IconikSimulator.SeededFile file(String assetId, String fileName, SimContent content) {
    synchronized (s) {
      if (!s.assets.containsKey(assetId)) {
        throw new IllegalArgumentException("no asset " + assetId + " in the simulator");
      }
      String storageId = s.storages.isEmpty() ? null : s.storages.keySet().iterator().next();
      Map<String, Object> format = FileRoutes.newFormat(s, assetId, "ORIGINAL");
      String mimeType = java.net.URLConnection.guessContentTypeFromName(fileName);
      Map<String, Object> technical = new LinkedHashMap<>(); // format-level metadata, values as text like iconik's
      technical.put("internet_media_type", mimeType == null ? "application/octet-stream" : mimeType);
      technical.put("size", Long.toString(content.size()));
      format.put("metadata", new ArrayList<>(List.of(technical)));
      if (storageId != null) {
        format.put("storage_methods", new ArrayList<>(List.of(s.storages.get(storageId).get("method"))));
      }
      Map<String, Object> fileSet = s.newObject(s.newId());
      fileSet.put("asset_id", assetId);
      fileSet.put("name", fileName);
      fileSet.put("format_id", format.get("id"));
      fileSet.put("storage_id", storageId);
      fileSet.put("base_dir", "");
      fileSet.put("component_ids", new ArrayList<>());
      fileSet.put("status", "ACTIVE");
      fileSet.put("is_archive", false);
      fileSet.put("version_id", AssetRoutes.currentVersionId(s.assets.get(assetId)));
      s.fileSets.put((String) fileSet.get("id"), fileSet);
      Map<String, Object> file = FileRoutes.newFile(s, assetId, fileSet, fileName);
      file.put("status", "CLOSED");
      file.put("size", content.size());
      file.put("checksum", md5(content));
      s.fileContents.put((String) file.get("id"), content);
      return new IconikSimulator.SeededFile((String) format.get("id"), (String) fileSet.get("id"),
          (String) file.get("id"));
    }
  }

  /** The content's MD5 in hex, the checksum iconik records for files. */
  private static String md5(SimContent content) {
    try (java.io.InputStream in = content.open(0)) {
      java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        md5.update(buffer, 0, n);
      }
      return java.util.HexFormat.of().formatHex(md5.digest());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the seeded content", e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }

  public IconikSimulator.SeededFile file(String assetId, String fileName, byte[] content) {
    return file(assetId, fileName, SimContent.of(content));
  }

  public IconikSimulator.SeededFile file(String assetId, String fileName, java.nio.file.Path content) {
    return file(assetId, fileName, SimContent.ofFile(content));
  }

  public String job(String title, String type, String status) {
    synchronized (s) {
      return (String) JobRoutes.newJob(s, title, type, status).get("id");
    }
  }

  public Optional<Map<String, Object>> snapshot(String kind, String id) {
    synchronized (s) {
      Map<String, Map<String, Object>> objects = switch (kind) {
        case "assets" -> s.assets;
        case "collections" -> s.collections;
        case "jobs" -> s.jobs;
        case "files" -> s.files;
        case "formats" -> s.formats;
        case "file_sets" -> s.fileSets;
        case "webhooks" -> s.webhooks;
        case "custom_actions" -> s.customActions;
        case "views" -> s.views;
        case "storages" -> s.storages;
        default -> throw new IllegalArgumentException("unknown kind '" + kind + "'");
      };
      Map<String, Object> o = objects.get(id);
      return o == null ? Optional.empty() : Optional.of(copy(o));
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<String, Object> o) {
    try {
      return (Map<String, Object>) SimJson.parse(SimJson.write(o));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public Map<String, List<Object>> metadata(String objectType, String objectId, String viewId) {
    synchronized (s) {
      Map<String, List<Object>> values = s.metadata.getOrDefault(objectType + "/" + objectId + "/" + viewId, Map.of());
      Map<String, List<Object>> out = new LinkedHashMap<>();
      values.forEach((k, v) -> out.put(k, List.copyOf(v)));
      return out;
    }
  }

  public Optional<byte[]> content(String fileId) {
    synchronized (s) {
      SimContent content = s.fileContents.get(fileId);
      return content == null ? Optional.empty() : Optional.of(content.readAll());
    }
  }

  public void clear() {
    synchronized (s) {
      s.clear();
    }
  }
}
