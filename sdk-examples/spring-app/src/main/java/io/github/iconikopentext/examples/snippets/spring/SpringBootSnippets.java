package io.github.iconikopentext.examples.snippets.spring;

import io.github.iconikopentext.core.http.CallInfo;
import io.github.iconikopentext.core.http.CallListener;
import io.github.iconikopentext.core.http.CallSummary;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.routing.LogNotifier;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.spring.boot.HttpOptionsCustomizer;
import io.github.iconikopentext.spring.boot.IntegrationRuntimeCustomizer;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/**
 * The snippets of docs/spring-boot.md, compiled. Outside the sample application's package, so that the sample does
 * not pick them up.
 */
final class SpringBootSnippets {
  private SpringBootSnippets() {}

  // docs/spring-boot.md: "Use the beans"
  @Service
  static class ArchiveOnDemand {
    private final IntegrationRuntime runtime;

    ArchiveOnDemand(IntegrationRuntime runtime) {
      this.runtime = runtime;
    }

    TransferResult archive(String assetId) {
      return runtime.transfer(assetId, "ORIGINAL", "archive");
    }
  }

  // docs/spring-boot.md: "Extension points"
  @Configuration(proxyBeanMethods = false)
  static class SdkExtensions {
    private static final Logger log = LoggerFactory.getLogger(SdkExtensions.class);

    /** Every CallListener bean is added to the HttpOptions of the auto-configured clients. */
    @Bean
    CallListener slowCalls() {
      return new CallListener() {
        @Override
        public void callEnd(CallInfo call, CallSummary summary) {
          if (summary.duration().compareTo(Duration.ofSeconds(2)) > 0) {
            log.warn("{} {} took {} in {} attempts", call.client(), call.operation(), summary.duration(),
                summary.attempts());
          }
        }
      };
    }

    /** Runs after the properties and the listeners: anything HttpOptions.Builder can set. */
    @Bean
    HttpOptionsCustomizer longerReads() {
      return options -> options.readTimeout(Duration.ofMinutes(2));
    }

    /** Runs last on the runtime's builder: targets, notifiers, audit, stores, mapper. */
    @Bean
    IntegrationRuntimeCustomizer reviewsToTheLog() {
      return runtime -> runtime.notifier("review-channel", new LogNotifier());
    }
  }
}
