package io.github.iconikopentext.core.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method that streams file content of any size, up or down (with Retrofit's {@code @Streaming}
 * for a download). Such a call has no total deadline and no maximum response size; instead each streamed body must
 * keep moving: it fails when it moves fewer than {@value io.github.iconikopentext.core.http.HttpOptions#PROGRESS_BYTES}
 * bytes within the read (or write) timeout spent waiting for the network. Every other call ends at its
 * {@link RetryPolicy#totalBudget()} and may not receive more than {@link HttpOptions#maxResponseBytes()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StreamingBody {}
