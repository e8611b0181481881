package io.github.iconikopentext.testkit.internal.iconik;

import static io.github.iconikopentext.testkit.internal.iconik.Routes.ID;

import io.github.iconikopentext.testkit.IconikWebhookEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jobs (iconik's jobs service). {@code progress} is read-only and computed from {@code progress_processed} and
 * {@code progress_total}; lists serve at most 100 per page. Not part of the API.
 */
final class JobRoutes {
  private static final String BASE = "/API/jobs/v1/jobs/";
  private static final Set<String> STATUSES = Set.of("READY", "STARTED", "FINISHED", "FINISHED_WITH_WARNING",
      "FAILED", "WAITING", "ABORT_PENDING", "ABORTED", "SKIPPED", "PAUSED");
  private static final Set<String> TERMINAL = Set.of("FINISHED", "FINISHED_WITH_WARNING", "FAILED", "ABORTED",
      "SKIPPED");
  private static final List<String> READ_ONLY = List.of("id", "date_created", "date_modified", "created_by",
      "progress", "priority", "children_progress");
  private static final List<String> FILTERS = List.of("type", "status", "object_type", "object_id", "parent_id");

  private final SimState s;

  private JobRoutes(SimState state) {
    this.s = state;
  }

  static void register(Routes routes, SimState state) {
    JobRoutes j = new JobRoutes(state);
    routes.add("GET", BASE, j::list);
    routes.add("POST", BASE, j::create);
    routes.add("GET", BASE + ID + "/", r -> j.withJob(r, SimResponse::ok));
    routes.add("PATCH", BASE + ID + "/", j::update);
    routes.add("PUT", BASE + ID + "/", j::update);
    routes.add("DELETE", BASE + ID + "/", r -> j.withJob(r, job -> {
      state.jobs.remove(r.param(1));
      return SimResponse.noContent();
    }));
    routes.add("PATCH", BASE + ID + "/steps/", j::updateSteps);
    routes.add("PATCH", BASE + ID + "/steps/" + ID + "/", j::updateStep);
  }

  private SimResponse withJob(SimRequest r, java.util.function.Function<Map<String, Object>, SimResponse> then) {
    Map<String, Object> job = s.jobs.get(r.param(1));
    return job == null ? SimResponse.error(404, "Job does not exist") : then.apply(job);
  }

  private SimResponse list(SimRequest r) {
    List<Map<String, Object>> matching = s.jobs.values().stream()
        .filter(job -> FILTERS.stream().allMatch(f -> !r.query().containsKey(f)
            || r.query().get(f).equals(String.valueOf(job.get(f)))))
        .toList();
    return Pagination.page(r, matching, 100);
  }

  private SimResponse create(SimRequest r) {
    for (String required : List.of("title", "type", "status")) {
      if (!(r.json().get(required) instanceof String)) {
        return SimResponse.fieldError(required, "Missing data for required field.");
      }
    }
    if (!STATUSES.contains(r.json().get("status"))) {
      return SimResponse.fieldError("status", "Must be one of " + STATUSES + ".");
    }
    Map<String, Object> job = newJob(s, (String) r.json().get("title"), (String) r.json().get("type"),
        (String) r.json().get("status"));
    SimState.merge(job, r.json(), READ_ONLY);
    computeProgress(job);
    s.emit(new IconikWebhookEvent("jobs", "entity", "create", (String) job.get("id"), job));
    return SimResponse.created(job);
  }

  static Map<String, Object> newJob(SimState s, String title, String type, String status) {
    Map<String, Object> job = s.newObject(s.newId());
    job.put("title", title);
    job.put("type", type);
    job.put("status", status);
    job.put("priority", 5);
    job.put("created_by", s.userId);
    job.put("steps", new ArrayList<>());
    job.put("metadata", new java.util.LinkedHashMap<>());
    job.put("has_children", false);
    job.put("children_progress", new java.util.LinkedHashMap<>());
    s.jobs.put((String) job.get("id"), job);
    return job;
  }

  private SimResponse update(SimRequest r) {
    return withJob(r, job -> {
      Object status = r.json().get("status");
      if (status != null && !STATUSES.contains(status)) {
        return SimResponse.fieldError("status", "Must be one of " + STATUSES + ".");
      }
      SimState.merge(job, r.json(), READ_ONLY);
      computeProgress(job);
      job.put("date_modified", s.now());
      if (status != null && TERMINAL.contains(status)) {
        job.putIfAbsent("completed_at", s.now());
      }
      s.emit(new IconikWebhookEvent("jobs", "entity", "update", r.param(1), job));
      return SimResponse.ok(job);
    });
  }

  private static void computeProgress(Map<String, Object> job) {
    if (job.get("progress_processed") instanceof Number done && job.get("progress_total") instanceof Number total
        && total.longValue() > 0) {
      job.put("progress", (int) Math.min(100, done.longValue() * 100 / total.longValue()));
    }
  }

  @SuppressWarnings("unchecked")
  private SimResponse updateSteps(SimRequest r) {
    return withJob(r, job -> {
      for (Object step : r.list("steps")) {
        if (!(step instanceof Map<?, ?> m) || !(m.get("id") instanceof String)) {
          return SimResponse.fieldError("steps", "Every step needs an id, a label and a status.");
        }
        upsertStep((List<Map<String, Object>>) job.get("steps"), (Map<String, Object>) m);
      }
      job.put("date_modified", s.now());
      return SimResponse.ok(job);
    });
  }

  @SuppressWarnings("unchecked")
  private SimResponse updateStep(SimRequest r) {
    return withJob(r, job -> {
      Map<String, Object> step = new java.util.LinkedHashMap<>(r.json());
      step.put("id", r.param(2));
      upsertStep((List<Map<String, Object>>) job.get("steps"), step);
      return SimResponse.ok(job);
    });
  }

  private void upsertStep(List<Map<String, Object>> steps, Map<String, Object> step) {
    Map<String, Object> existing = steps.stream().filter(x -> step.get("id").equals(x.get("id"))).findFirst()
        .orElse(null);
    Map<String, Object> target = existing != null ? existing : new java.util.LinkedHashMap<>();
    target.putAll(step);
    target.put("date_updated", s.now());
    if (existing == null) {
      steps.add(target);
    }
  }
}
