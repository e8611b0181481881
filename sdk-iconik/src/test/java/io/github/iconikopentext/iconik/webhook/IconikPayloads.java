package io.github.iconikopentext.iconik.webhook;

/**
 * Example bodies. {@link #COLLECTION_CONTENTS_CREATE} and the custom action are the examples in the project's iconik
 * reference (iconik-api.md), verbatim; the others follow the iconik OpenAPI schemas of the object in {@code data}
 * (FileSchema, ApprovalSchema, MetadataValuesSchema, AssetSchema, JobSchema).
 */
final class IconikPayloads {
  private IconikPayloads() {}

  static final String DOMAIN = "7b1e9a56-0f9c-11ef-8a4f-0242ac130004";
  static final String ASSET = "1f6e3a5c-4b2d-11ef-9b3c-0242ac130004";

  /** The delivery example of iconik-api.md, verbatim ("…" placeholders included). */
  static final String COLLECTION_CONTENTS_CREATE = """
      {"system_domain_id": "…", "event_type": "collections", "object_id": "…", "user_id": "…",
       "realm": "contents", "operation": "create",
       "data": {"collection_id": "…", "object_id": "…", "object_type": "assets", "parents": ["…"],
                "date_created": "2024-10-02T17:06:00.314064+00:00"},
       "request_id": "e2f3b065cba1b882f0fe8fa6efd6f3fd"}
      """;

  /** The custom-action POST of iconik-api.md: every field it lists. */
  static final String CUSTOM_ACTION = """
      {"user_id": "5e2f1c3a-4b2d-11ef-9b3c-0242ac130004", "system_domain_id": "%s", "context": "BULK",
       "action_id": "0a1b2c3d-4b2d-11ef-9b3c-0242ac130004",
       "asset_ids": ["%s", "2a6e3a5c-4b2d-11ef-9b3c-0242ac130004"],
       "collection_ids": ["3c6e3a5c-4b2d-11ef-9b3c-0242ac130004"], "saved_search_ids": [],
       "metadata_view_id": "4d6e3a5c-4b2d-11ef-9b3c-0242ac130004",
       "metadata_values": {"priority": {"field_values": [{"value": "high"}]},
                           "reel": {"field_values": [{"value": 3}, {"value": 4.5}], "mode": "append"}},
       "date_created": "2024-10-02T17:06:00.314064+00:00",
       "auth_token": "eyJhbGciOiJIUzI1NiJ9.the-invoking-users-token"}
      """.formatted(DOMAIN, ASSET);

  static final String FILE_CLOSED = """
      {"system_domain_id": "%s", "event_type": "assets", "realm": "files", "operation": "update",
       "object_id": "%s", "user_id": "5e2f1c3a-4b2d-11ef-9b3c-0242ac130004",
       "request_id": "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1",
       "data": {"id": "9f0e3a5c-4b2d-11ef-9b3c-0242ac130004", "asset_id": "%s", "status": "CLOSED",
                "name": "interview.mov", "size": 104857600, "type": "FILE",
                "date_modified": "2020-08-21T00:40:34.377229"}}
      """.formatted(DOMAIN, ASSET, ASSET);

  static final String FILE_OPEN = FILE_CLOSED.replace("\"CLOSED\"", "\"OPEN\"")
      .replace("a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1", "a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2");

  static String approval(String status, String requestId) {
    return """
        {"system_domain_id": "%s", "event_type": "assets", "realm": "approvals", "operation": "update",
         "object_id": "%s", "user_id": "5e2f1c3a-4b2d-11ef-9b3c-0242ac130004", "request_id": "%s",
         "data": {"object_id": "%s", "object_type": "assets", "status": "%s",
                  "requested_by": "5e2f1c3a-4b2d-11ef-9b3c-0242ac130004", "min_number": 1,
                  "request_date": "2024-10-02T17:06:00.314064+00:00"}}
        """.formatted(DOMAIN, ASSET, requestId, ASSET, status);
  }

  static final String METADATA_UPDATE = """
      {"system_domain_id": "%s", "event_type": "assets", "realm": "metadata", "operation": "update",
       "object_id": "%s", "user_id": "5e2f1c3a-4b2d-11ef-9b3c-0242ac130004",
       "request_id": "b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1",
       "data": {"object_id": "%s", "object_type": "assets", "version_id": "6f6e3a5c-4b2d-11ef-9b3c-0242ac130004",
                "metadata_values": {
                  "title": {"field_values": [{"value": "Interview take 3"}]},
                  "rating": {"field_values": [{"value": 4}]},
                  "approved": {"field_values": [{"value": true}]},
                  "keywords": {"field_values": [{"value": "studio"}, {"value": "interview"}], "mode": "append"}}}}
      """.formatted(DOMAIN, ASSET, ASSET);

  static final String ASSET_DELETE = """
      {"system_domain_id": "%s", "event_type": "assets", "realm": "entity", "operation": "delete",
       "object_id": "%s", "user_id": "5e2f1c3a-4b2d-11ef-9b3c-0242ac130004",
       "request_id": "c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1",
       "data": {"id": "%s", "title": "interview", "status": "DELETED"}}
      """.formatted(DOMAIN, ASSET, ASSET);

  static String job(String status, String requestId) {
    return """
        {"system_domain_id": "%s", "event_type": "jobs", "realm": "entity", "operation": "update",
         "object_id": "8a8e3a5c-4b2d-11ef-9b3c-0242ac130004", "user_id": "5e2f1c3a-4b2d-11ef-9b3c-0242ac130004",
         "request_id": "%s",
         "data": {"id": "8a8e3a5c-4b2d-11ef-9b3c-0242ac130004", "type": "TRANSFER", "status": "%s",
                  "title": "Ingest interview.mov", "object_type": "assets", "object_id": "%s",
                  "error_message": "storage unreachable", "progress_processed": 100, "progress_total": 100}}
        """.formatted(DOMAIN, requestId, status, ASSET);
  }
}
