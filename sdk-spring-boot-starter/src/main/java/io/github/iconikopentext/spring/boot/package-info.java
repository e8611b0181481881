/**
 * Spring Boot auto-configuration of the SDK: {@link io.github.iconikopentext.spring.boot.IconikOpenTextProperties}
 * ({@code iconik-opentext.*}), {@link io.github.iconikopentext.spring.boot.IconikOpenTextAutoConfiguration} and the
 * extension points {@link io.github.iconikopentext.spring.boot.HttpOptionsCustomizer} and
 * {@link io.github.iconikopentext.spring.boot.IntegrationRuntimeCustomizer}. See docs/spring-boot.md.
 */
package io.github.iconikopentext.spring.boot;
