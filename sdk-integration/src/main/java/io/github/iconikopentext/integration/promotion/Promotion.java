package io.github.iconikopentext.integration.promotion;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.SecretReference;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.integration.mapping.MetadataMapper;
import io.github.iconikopentext.integration.promotion.internal.Fingerprint;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateModel;
import io.github.iconikopentext.integration.template.TemplateProblem;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Promotes an {@link IntegrationTemplate} into one environment: {@link #validate()}, {@link #plan(boolean)} against
 * the live environment, then {@link #apply(Plan)} — modelled on Terraform's plan/apply.
 *
 * <ul>
 *   <li>{@code plan} reads the live resources and lists, per resource, CREATE / UPDATE / DELETE / UNCHANGED (or
 *       UNSATISFIED for things apply cannot create, such as a CMS type that must be deployed), with a fingerprint of
 *       what was read. Deletions of managed resources that left the template are opt-in.
 *   <li>{@code apply} refuses a plan made for another environment, older than {@code maxPlanAge}, with unsatisfied
 *       resources, or stale (the environment changed since it was read). Applying a plan whose changes are already in
 *       place is a no-op: the result is {@code NO_CHANGE}, so apply is idempotent.
 *   <li>Secret values (webhook header secrets) are resolved from references only to be sent; plans show only that a
 *       secret differs.
 * </ul>
 *
 * <p>Thread-safe if its target is; each call reads the environment afresh.
 */
public final class Promotion {
  private final IntegrationTemplate template;
  private final PromotionTarget target;
  private final SecretResolvers resolvers;
  private final Clock clock;
  private final Duration maxPlanAge;
  private final Consumer<PromotionResult> listener;

  private Promotion(Builder b) {
    this.template = Objects.requireNonNull(b.template, "template == null");
    this.target = Objects.requireNonNull(b.target, "target == null");
    this.resolvers = b.resolvers;
    this.clock = b.clock;
    this.maxPlanAge = b.maxPlanAge;
    this.listener = b.listener;
  }

  public static Builder builder(IntegrationTemplate template, PromotionTarget target) {
    return new Builder(template, target);
  }

  /**
   * Checks what can be checked without changing anything: the template was made for this environment, its
   * mapping spec (or built-in profile) is valid, and every secret reference resolves (values are never shown). Placeholders, schema and routing were checked when the
   * template was resolved.
   *
   * @return every problem found; empty when valid
   */
  public List<TemplateProblem> validate() {
    List<TemplateProblem> problems = new ArrayList<>(template.checkSecrets(resolvers));
    problems.addAll(mappingProblems());
    if (!template.environment().equals(target.environment())) {
      problems.add(new TemplateProblem("$", "template was resolved with values for '" + template.environment()
          + "' but the target environment is '" + target.environment() + "'"));
    }
    return problems;
  }

  private List<TemplateProblem> mappingProblems() {
    TemplateModel.MappingRef mapping = template.mapping();
    if (mapping == null) {
      return List.of();
    }
    if (mapping.profile() != null) {
      try {
        MetadataMapper.builtIn(mapping.profile());
        return List.of();
      } catch (SdkException e) {
        return List.of(new TemplateProblem("$.mapping.profile", e.getMessage()));
      }
    }
    String json = Json.moshi().adapter(Object.class).toJson(mapping.spec());
    return MetadataMapper.validate(json).stream()
        .map(p -> new TemplateProblem("$.mapping.spec" + p.path().substring(1), p.message()))
        .toList();
  }

  /** Compares the template with the live environment. */
  public Plan plan(boolean allowDeletions) {
    Map<String, Resource> desired = desiredResources();
    List<Resource> live = target.read(template.name(), List.copyOf(desired.values()));
    return diff(desired, live, allowDeletions);
  }

  /** Applies {@code plan}; see the class comment for when it refuses. Never throws for a refused or failed apply. */
  public PromotionResult apply(Plan plan) {
    PromotionResult result = doApply(plan);
    listener.accept(result);
    return result;
  }

  private PromotionResult doApply(Plan plan) {
    if (!plan.environment().equals(target.environment())) {
      return refuse("plan was made for environment '" + plan.environment() + "', not '" + target.environment() + "'");
    }
    if (!plan.templateHash().equals(template.templateHash()) || !plan.valuesHash().equals(template.valuesHash())) {
      return refuse("plan was made for another version of the template or its values");
    }
    Duration age = Duration.between(plan.createdAt(), clock.instant());
    if (age.compareTo(maxPlanAge) > 0) {
      return refuse("plan is " + age.toMinutes() + " min old, more than the allowed " + maxPlanAge.toMinutes()
          + " min; make a new plan");
    }
    if (plan.hasUnsatisfied()) {
      return refuse("plan has unsatisfied resources: " + plan.changes(Change.Action.UNSATISFIED));
    }
    Map<String, Resource> desired = desiredResources();
    List<Resource> live = target.read(template.name(), List.copyOf(desired.values()));
    if (!Fingerprint.of(live).equals(plan.liveFingerprint())) {
      Plan now = diff(desired, live, plan.deletionsAllowed());
      if (!now.hasChanges() && !now.hasUnsatisfied()) {
        return new PromotionResult(PromotionResult.Outcome.NO_CHANGE, List.of(), "already applied");
      }
      return refuse("plan is stale: the environment changed since it was planned; make a new plan");
    }
    if (!plan.hasChanges()) {
      return new PromotionResult(PromotionResult.Outcome.NO_CHANGE, List.of(), "no changes");
    }
    List<Change> applied = new ArrayList<>();
    for (Change change : plan.changes()) {
      try {
        switch (change.action()) {
          case CREATE -> target.create(template.name(), change.desired(), secretsOf(change.desired()));
          case UPDATE -> target.update(template.name(), change.live(), change.desired(), secretsOf(change.desired()));
          case DELETE -> target.delete(change.live());
          default -> {
            continue;
          }
        }
        applied.add(change);
      } catch (SdkException e) {
        return new PromotionResult(PromotionResult.Outcome.ERROR, applied,
            "failed at " + change + ": " + e.getMessage());
      }
    }
    return new PromotionResult(PromotionResult.Outcome.APPLIED, applied,
        applied.size() + " change(s) applied to " + target.environment());
  }

  private static PromotionResult refuse(String message) {
    return new PromotionResult(PromotionResult.Outcome.ERROR, List.of(), message);
  }

  private Plan diff(Map<String, Resource> desired, List<Resource> live, boolean allowDeletions) {
    Map<String, Resource> liveByAddress = new LinkedHashMap<>();
    live.forEach(r -> liveByAddress.put(r.address(), r));
    List<Change> changes = new ArrayList<>();
    for (Resource want : desired.values()) {
      Resource have = liveByAddress.remove(want.address());
      if (have == null) {
        changes.add(want.checkOnly()
            ? new Change(Change.Action.UNSATISFIED, want.address(), want, null, List.of("missing: deploy or create"
                + " it in the environment first"))
            : new Change(Change.Action.CREATE, want.address(), want, null, List.of()));
        continue;
      }
      List<String> differences = differences(want, have);
      Change.Action action = differences.isEmpty() ? Change.Action.UNCHANGED
          : want.checkOnly() ? Change.Action.UNSATISFIED : Change.Action.UPDATE;
      changes.add(new Change(action, want.address(), want, have, differences));
    }
    if (allowDeletions) {
      liveByAddress.values().forEach(r -> changes.add(new Change(Change.Action.DELETE, r.address(), null, r,
          List.of("no longer in the template"))));
    }
    return new Plan(target.environment(), template.name(), template.templateHash(), template.valuesHash(),
        clock.instant(), Fingerprint.of(live), allowDeletions, changes);
  }

  private static List<String> differences(Resource want, Resource have) {
    List<String> out = new ArrayList<>();
    Set<String> names = new java.util.TreeSet<>(want.attributes().keySet());
    names.addAll(have.attributes().keySet());
    for (String name : names) {
      String a = have.attributes().get(name);
      String b = want.attributes().get(name);
      if (!Objects.equals(a, b)) {
        out.add(name + ": " + quote(a) + " -> " + quote(b));
      }
    }
    if (!Objects.equals(want.secretDigest(), have.secretDigest())) {
      out.add("secret value differs");
    }
    return out;
  }

  private static String quote(String s) {
    return s == null ? "(none)" : "\"" + s + "\"";
  }

  /** The resources the template wants, by address. */
  private Map<String, Resource> desiredResources() {
    Map<String, Resource> out = new TreeMap<>();
    List<TemplateModel.WebhookSubscription> hooks =
        template.iconik().webhooks() == null ? List.of() : template.iconik().webhooks();
    for (TemplateModel.WebhookSubscription w : hooks) {
      Map<String, String> attrs = new HashMap<>();
      put(attrs, "event_type", w.eventType());
      put(attrs, "realm", w.realm());
      put(attrs, "operation", w.operation());
      put(attrs, "query", w.query());
      put(attrs, "url", w.url());
      String digest = null;
      if (w.secretHeader() != null) {
        put(attrs, "secret_header", w.secretHeader().name());
        digest = Fingerprint.secretDigest(resolve(w.secretHeader().secret()));
      }
      add(out, new Resource(Resource.TYPE_ICONIK_WEBHOOK, w.name(), null, attrs, digest));
    }
    List<TemplateModel.CustomActionSpec> actions =
        template.iconik().customActions() == null ? List.of() : template.iconik().customActions();
    for (TemplateModel.CustomActionSpec a : actions) {
      Map<String, String> attrs = new HashMap<>();
      put(attrs, "url", a.url());
      put(attrs, "type", a.type() == null ? "POST" : a.type());
      add(out, new Resource(Resource.TYPE_ICONIK_CUSTOM_ACTION, a.context() + ":" + a.title(), null, attrs, null));
    }
    TemplateModel.OpenTextSpec ot = template.opentext();
    if (ot != null) {
      if (ot.folder() != null) {
        add(out, new Resource(Resource.TYPE_OPENTEXT_FOLDER, ot.folder(), null, Map.of(), null));
      }
      if (ot.cmsType() != null) {
        add(out, new Resource(Resource.TYPE_OPENTEXT_CMS_TYPE, ot.cmsType(), null, Map.of(), null));
      }
      if (ot.app() != null && ot.app().name() != null) {
        Map<String, String> attrs = new HashMap<>();
        put(attrs, "client_id", ot.app().clientId());
        add(out, new Resource(Resource.TYPE_OPENTEXT_APP, ot.app().name(), null, attrs, null));
      }
    }
    return out;
  }

  private Map<String, Secret> secretsOf(Resource desired) {
    if (!desired.type().equals(Resource.TYPE_ICONIK_WEBHOOK)) {
      return Map.of();
    }
    return template.iconik().webhooks().stream()
        .filter(w -> w.name().equals(desired.key()) && w.secretHeader() != null)
        .collect(Collectors.toMap(w -> w.secretHeader().name(), w -> resolve(w.secretHeader().secret())));
  }

  private Secret resolve(String reference) {
    return resolvers.resolve(SecretReference.parse(reference));
  }

  private static void put(Map<String, String> attrs, String name, String value) {
    if (value != null) {
      attrs.put(name, value);
    }
  }

  private static void add(Map<String, Resource> out, Resource r) {
    out.put(r.address(), r);
  }

  /** Builds a {@link Promotion}. Not thread-safe. */
  public static final class Builder {
    private final IntegrationTemplate template;
    private final PromotionTarget target;
    private SecretResolvers resolvers = SecretResolvers.defaults();
    private Clock clock = Clock.systemUTC();
    private Duration maxPlanAge = Duration.ofHours(1);
    private Consumer<PromotionResult> listener = result -> {};

    private Builder(IntegrationTemplate template, PromotionTarget target) {
      this.template = template;
      this.target = target;
    }

    public Builder secretResolvers(SecretResolvers resolvers) {
      this.resolvers = Objects.requireNonNull(resolvers, "resolvers == null");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** How old a plan may be when applied. Default 1 hour. */
    public Builder maxPlanAge(Duration age) {
      this.maxPlanAge = Objects.requireNonNull(age, "age == null");
      return this;
    }

    /** Called with every apply's result, e.g. to write an audit event. */
    public Builder onApply(Consumer<PromotionResult> listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    public Promotion build() {
      return new Promotion(this);
    }
  }
}
