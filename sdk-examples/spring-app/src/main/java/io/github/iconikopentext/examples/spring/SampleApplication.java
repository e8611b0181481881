package io.github.iconikopentext.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application on the SDK's starter: the auto-configured clients and integration runtime, the webhook
 * endpoint at {@code /iconik/webhooks}, and Actuator's {@code /actuator/health}, {@code /actuator/info} and
 * {@code /actuator/metrics}. By default it runs against embedded simulators ({@link SimulatedSystems}) and plays one
 * approval on start ({@link SampleStory}); with {@code sample.simulated=false} it uses the
 * {@code iconik-opentext.*} properties as they are.
 */
@SpringBootApplication
public class SampleApplication {
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
