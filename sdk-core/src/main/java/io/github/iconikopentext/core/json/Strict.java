package io.github.iconikopentext.core.json;

import com.squareup.moshi.JsonQualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Marks a model member the SDK needs (an id, a status it acts on, a paging cursor): under the tolerant reading of
 * {@link Json#newTolerantBuilder()} such a member keeps Moshi's strict reading, so a value of the wrong shape fails
 * the whole response with an error naming the member's JSON path instead of reading as {@code null}. Without a
 * tolerant builder the annotation changes nothing.
 *
 * <p>Put it on a record component: {@code @Strict String id}.
 */
@Documented
@JsonQualifier
@Retention(RetentionPolicy.RUNTIME)
public @interface Strict {}
