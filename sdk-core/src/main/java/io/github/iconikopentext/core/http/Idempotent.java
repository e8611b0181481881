package io.github.iconikopentext.core.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST or PATCH service method as safe to repeat, so the retry policy may retry it like a GET. Without it,
 * only GET, HEAD, PUT, DELETE and OPTIONS calls are retried. Use it only where repeating the request cannot create a
 * second object or apply a change twice (a search, a token request, a create keyed by a client-chosen id).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {}
