package io.github.iconikopentext.core.audit;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.error.ConfigurationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a client knows about every event it emits — environment, system, the credential in use, optionally the acting
 * user and a correlation id — and the sink the events go to. Give it to
 * {@link io.github.iconikopentext.core.http.HttpStack.Builder#audit(AuditContext)} to audit the service methods
 * marked {@link Audited}, and use {@link #newEvent(AuditAction)} for events a client emits itself (a transfer with its
 * byte count, a webhook, a token).
 *
 * <p>Immutable and thread-safe (the suppliers, enrichers and provider it holds must be too).
 */
public final class AuditContext {
  private static final Logger log = LoggerFactory.getLogger(AuditContext.class);

  private final AuditSink sink;
  private final String environment;
  private final AuditSystem system;
  private final CredentialsProvider credentials;
  private final String credentialId;
  private final String credentialVersion;
  private final Supplier<String> actor;
  private final Supplier<String> correlationId;
  private final List<Consumer<? super AuditEvent.Builder>> enrichers;
  private final Clock clock;

  private AuditContext(Builder b) {
    this.sink = b.sink;
    this.environment = b.environment;
    this.system = b.system;
    this.credentials = b.credentials;
    this.credentialId = b.credentialId;
    this.credentialVersion = b.credentialVersion;
    this.actor = b.actor;
    this.correlationId = b.correlationId;
    this.enrichers = List.copyOf(b.enrichers);
    this.clock = b.clock;
  }

  /** Starts a context whose events go to {@code sink}. */
  public static Builder builder(AuditSink sink) {
    return new Builder(sink);
  }

  public AuditSink sink() {
    return sink;
  }

  public String environment() {
    return environment;
  }

  /** The system, or {@code null} for a context of the SDK itself. */
  public @Nullable AuditSystem system() {
    return system;
  }

  /**
   * A builder for an event of {@code action}, timed now and filled with this context's environment, system,
   * credential id and version, actor and correlation id, then handed to the {@link Builder#enricher enrichers}, in
   * the order they were added, on the calling thread. If the credential cannot be resolved the event simply has
   * no credential id: auditing a failure must not fail for the same reason.
   */
  public AuditEvent.Builder newEvent(AuditAction action) {
    AuditEvent.Builder b = AuditEvent.builder(action).environment(environment).system(system).time(clock.instant())
        .credential(credentialId, credentialVersion);
    if (credentials != null) {
      try {
        Credential credential = credentials.resolveCredential();
        b.credential(credential.id(), credential.version());
      } catch (RuntimeException e) {
        log.debug("audit event {} has no credential id: {}", action.eventName(), e.getMessage());
      }
    }
    if (actor != null) {
      b.actor(actor.get());
    }
    if (correlationId != null) {
      b.correlationId(correlationId.get());
    }
    for (Consumer<? super AuditEvent.Builder> enricher : enrichers) {
      try {
        enricher.accept(b);
      } catch (RuntimeException e) {
        log.warn("an audit enricher failed on event {}; the event is recorded anyway", action.eventName(), e);
      }
    }
    return b;
  }

  /**
   * Writes {@code event} to the sink.
   *
   * @throws AuditException if the sink could not record it
   */
  public void emit(AuditEvent event) {
    sink.write(event);
  }

  @Override
  public String toString() {
    return "AuditContext{" + environment + ", " + system + ", " + sink + "}";
  }

  /** Builds an {@link AuditContext}. Not thread-safe. */
  public static final class Builder {
    private final AuditSink sink;
    private String environment;
    private AuditSystem system;
    private CredentialsProvider credentials;
    private String credentialId;
    private String credentialVersion;
    private Supplier<String> actor;
    private Supplier<String> correlationId;
    private final List<Consumer<? super AuditEvent.Builder>> enrichers = new ArrayList<>();
    private Clock clock = Clock.systemUTC();

    private Builder(AuditSink sink) {
      this.sink = Objects.requireNonNull(sink, "sink == null");
    }

    /** The environment's name. Required. */
    public Builder environment(String name) {
      this.environment = Objects.requireNonNull(name, "environment == null");
      return this;
    }

    public Builder environment(Environment environment) {
      return environment(environment.name());
    }

    public Builder system(AuditSystem system) {
      this.system = Objects.requireNonNull(system, "system == null");
      return this;
    }

    /**
     * Where the current credential's id and version come from: usually the provider the client authenticates
     * with, asked once per event (a caching provider answers from its cache). Only the id and version are read.
     */
    public Builder credentials(CredentialsProvider provider) {
      this.credentials = Objects.requireNonNull(provider, "provider == null");
      this.credentialId = null;
      this.credentialVersion = null;
      return this;
    }

    /** A fixed credential id and version, instead of a provider. */
    public Builder credential(String id, String version) {
      this.credentialId = Objects.requireNonNull(id, "id == null");
      this.credentialVersion = version;
      this.credentials = null;
      return this;
    }

    /** Supplies the acting user's id per event ({@code null} when unknown), e.g. from the request context. */
    public Builder actor(Supplier<@Nullable String> actor) {
      this.actor = Objects.requireNonNull(actor, "actor == null");
      return this;
    }

    /** Supplies a correlation id per event ({@code null} when none), e.g. the current trace id. */
    public Builder correlationId(Supplier<@Nullable String> correlationId) {
      this.correlationId = Objects.requireNonNull(correlationId, "correlationId == null");
      return this;
    }

    /**
     * Adds a step that completes every event this context starts ({@link #newEvent}), on the thread that starts it,
     * e.g. with the current trace's ids as details ({@code trace_id}, {@code span_id}; sdk-opentelemetry's
     * {@code SdkTracing.auditEnricher()}). It must be thread-safe, fast, and add nothing secret; an exception it
     * throws is logged, and the event goes on to the next enricher and is recorded.
     */
    public Builder enricher(Consumer<? super AuditEvent.Builder> enricher) {
      enrichers.add(Objects.requireNonNull(enricher, "enricher == null"));
      return this;
    }

    /** The clock that times events. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** @throws ConfigurationException if the environment is missing or blank */
    public AuditContext build() {
      if (environment == null || environment.isBlank()) {
        throw new ConfigurationException("an audit context needs an environment name");
      }
      return new AuditContext(this);
    }
  }

}
