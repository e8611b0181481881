package io.github.iconikopentext.spring.boot.actuate;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.status.StatusSnapshot;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds {@code iconik-opentext} to {@code /actuator/info}: the environment's name and endpoint names, the template's
 * name, content hash and values hash (when a runtime runs), and counts from the {@link IntegrationStatus} — transfers,
 * failures by domain, credential problems. No URL, credential id or secret reference is shown. Thread-safe.
 */
public final class IntegrationInfoContributor implements InfoContributor {
  private final Environment environment;
  private final IntegrationStatus status;
  private final ObjectProvider<IntegrationRuntime> runtime;

  public IntegrationInfoContributor(Environment environment, IntegrationStatus status,
      ObjectProvider<IntegrationRuntime> runtime) {
    this.environment = Objects.requireNonNull(environment, "environment == null");
    this.status = Objects.requireNonNull(status, "status == null");
    this.runtime = Objects.requireNonNull(runtime, "runtime == null");
  }

  @Override
  public void contribute(Info.Builder builder) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("environment", environment.name());
    info.put("endpoints", environment.endpoints().keySet());
    IntegrationRuntime running = runtime.getIfAvailable();
    if (running != null) {
      IntegrationTemplate template = running.template();
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("name", template.name());
      t.put("templateHash", template.templateHash());
      t.put("valuesHash", template.valuesHash());
      t.put("routingRules", template.routing().size());
      info.put("template", t);
    }
    StatusSnapshot snapshot = status.snapshot();
    info.put("recentTransfers", snapshot.recentTransfers().size());
    info.put("failedJobs", snapshot.failedJobs().size());
    info.put("credentialProblems", snapshot.credentialProblems().size());
    info.put("failuresByDomain", snapshot.failuresByDomain());
    builder.withDetail("iconik-opentext", info);
  }
}
