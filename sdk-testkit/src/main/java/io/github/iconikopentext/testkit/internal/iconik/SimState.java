package io.github.iconikopentext.testkit.internal.iconik;

import io.github.iconikopentext.testkit.IconikWebhookDelivery;
import io.github.iconikopentext.testkit.IconikWebhookEvent;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The simulator's data: iconik objects as JSON-shaped maps, keyed by id, in creation order. Every access happens
 * while holding this object's monitor (the router takes it per request), so the maps need no further locking.
 * Changes announce themselves through {@link #emit}, which hands matching webhooks to the dispatcher. Not part of
 * the API.
 */
public final class SimState {
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");
  private static final int FAILURES_BEFORE_FAILING = 3;

  final String systemDomainId;
  final String userId;
  volatile String baseUrl;
  private final Clock clock;
  private final WebhookDispatcher dispatcher;

  final Map<String, Map<String, Object>> assets = new LinkedHashMap<>();
  final Map<String, List<Map<String, Object>>> history = new HashMap<>();
  final Map<String, Map<String, Object>> approvals = new HashMap<>();
  final Map<String, Map<String, Object>> collections = new LinkedHashMap<>();
  final Map<String, List<Map<String, Object>>> contents = new HashMap<>();
  final Map<String, Map<String, Object>> views = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> fields = new java.util.TreeMap<>();
  /** Values by "objectType/objectId/viewId", then field → values. */
  final Map<String, Map<String, List<Object>>> metadata = new HashMap<>();
  /** When each field's values were written, by the same key as {@link #metadata}, then field → date. */
  final Map<String, Map<String, String>> metadataDates = new HashMap<>();
  final Map<String, Map<String, Object>> formats = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> fileSets = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> files = new LinkedHashMap<>();
  final Map<String, SimContent> fileContents = new HashMap<>();
  final Map<String, String> downloadTokens = new HashMap<>();
  final Map<String, Map<String, Object>> storages = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> jobs = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> webhooks = new LinkedHashMap<>();
  private final Map<String, Integer> webhookFailures = new HashMap<>();
  final Map<String, Map<String, Object>> customActions = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> savedSearches = new LinkedHashMap<>();

  public SimState(String systemDomainId, String userId, Clock clock, WebhookDispatcher dispatcher) {
    this.systemDomainId = systemDomainId;
    this.userId = userId;
    this.clock = clock;
    this.dispatcher = dispatcher;
  }

  /** Sets the server's base URL once it listens; upload and download URLs start with it. */
  public void baseUrl(String url) {
    this.baseUrl = url;
  }

  public String systemDomainId() {
    return systemDomainId;
  }

  public String userId() {
    return userId;
  }

  String newId() {
    return UUID.randomUUID().toString();
  }

  /** Now, as iconik writes it: microseconds and a {@code +00:00} offset. */
  String now() {
    return ISO.format(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
  }

  /** A new JSON-shaped object with an id and creation dates. */
  Map<String, Object> newObject(String id) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", id);
    o.put("date_created", now());
    o.put("date_modified", now());
    return o;
  }

  /** Copies the writable members of {@code input} into {@code target}, skipping read-only ones. */
  static void merge(Map<String, Object> target, Map<String, Object> input, List<String> readOnly) {
    input.forEach((k, v) -> {
      if (!readOnly.contains(k)) {
        target.put(k, v);
      }
    });
  }

  /** Announces a change: every enabled webhook that subscribes to it gets a delivery. */
  public void emit(IconikWebhookEvent event) {
    for (Map<String, Object> hook : new ArrayList<>(webhooks.values())) {
      if (matches(hook, event)) {
        String id = (String) hook.get("id");
        @SuppressWarnings("unchecked")
        Map<String, String> headers = hook.get("headers") instanceof Map<?, ?> h ? (Map<String, String>) h : Map.of();
        dispatcher.submit(URI.create((String) hook.get("url")), Map.copyOf(headers), payload(event),
            result -> recordOutcome(id, result));
      }
    }
  }

  private static boolean matches(Map<String, Object> hook, IconikWebhookEvent event) {
    Object status = hook.get("status");
    return ("ENABLED".equals(status) || "FAILING".equals(status))
        && event.eventType().equals(hook.get("event_type"))
        && matchesOptional(hook.get("realm"), event.realm())
        && matchesOptional(hook.get("operation"), event.operation())
        && matchesOptional(hook.get("object_id"), event.objectId());
  }

  private static boolean matchesOptional(Object wanted, String actual) {
    return wanted == null || "".equals(wanted) || wanted.equals(actual);
  }

  /** The JSON iconik POSTs for {@code event}. */
  public String payload(IconikWebhookEvent event) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("system_domain_id", systemDomainId);
    body.put("event_type", event.eventType());
    body.put("object_id", event.objectId());
    body.put("user_id", userId);
    body.put("realm", event.realm());
    body.put("operation", event.operation());
    body.put("data", event.data());
    body.put("request_id", UUID.randomUUID().toString().replace("-", ""));
    return SimJson.write(body);
  }

  private void recordOutcome(String webhookId, IconikWebhookDelivery result) {
    synchronized (this) {
      Map<String, Object> hook = webhooks.get(webhookId);
      if (hook == null) {
        return;
      }
      if (result.succeeded()) {
        webhookFailures.remove(webhookId);
        if ("FAILING".equals(hook.get("status"))) {
          hook.put("status", "ENABLED");
        }
        return;
      }
      int failures = webhookFailures.merge(webhookId, 1, Integer::sum);
      hook.put("last_error", result.error());
      hook.putIfAbsent("first_failed_at", now());
      if (failures >= FAILURES_BEFORE_FAILING) {
        hook.put("status", "FAILING");
      }
    }
  }

  /** Forgets every object (webhook deliveries are kept by the dispatcher). */
  public void clear() {
    List.of(assets, approvals, collections, views, fields, formats, fileSets, files, storages, jobs, webhooks,
        customActions, savedSearches).forEach(Map::clear);
    history.clear();
    contents.clear();
    metadata.clear();
    metadataDates.clear();
    fileContents.values().forEach(SimContent::discard);
    fileContents.clear();
    downloadTokens.clear();
    webhookFailures.clear();
  }
}
