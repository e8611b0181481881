package io.github.iconikopentext.spring.boot.internal;

import io.github.iconikopentext.spring.boot.IconikOpenTextProperties;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when an OpenText credential is configured, shared or for the active environment. */
public final class OpenTextCredentialsCondition extends SpringBootCondition {
  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    IconikOpenTextProperties properties = Binder.get(context.getEnvironment())
        .bind(IconikOpenTextProperties.PREFIX, IconikOpenTextProperties.class)
        .orElseGet(IconikOpenTextProperties::new);
    return new PropertiesMapper(properties).hasCredential("opentext")
        ? ConditionOutcome.match("an OpenText credential is configured")
        : ConditionOutcome.noMatch("no " + IconikOpenTextProperties.PREFIX + ".credentials.opentext is configured");
  }
}
