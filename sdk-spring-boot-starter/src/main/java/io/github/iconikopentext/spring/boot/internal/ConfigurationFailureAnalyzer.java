package io.github.iconikopentext.spring.boot.internal;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.spring.boot.IconikOpenTextProperties;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up failure caused by a wrong {@code iconik-opentext.*} property into Spring Boot's short "APPLICATION
 * FAILED TO START" report — the message names the property and never holds a secret — instead of a stack trace.
 * Other configuration errors of the SDK are left to Spring Boot's default report.
 */
public final class ConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<ConfigurationException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ConfigurationException cause) {
    String message = cause.getMessage();
    if (message == null || !message.startsWith(IconikOpenTextProperties.PREFIX)) {
      return null;
    }
    return new FailureAnalysis(message, "Correct the " + IconikOpenTextProperties.PREFIX + ".* property named above "
        + "(see docs/spring-boot.md of the iconik-opentext SDK), or define the bean yourself.", cause);
  }
}
