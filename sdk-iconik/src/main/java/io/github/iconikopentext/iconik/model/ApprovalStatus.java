package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;

/**
 * An asset's approval status (spec enum; note the slash in {@code N/A}). Values iconik adds later read as
 * {@link #UNKNOWN}.
 */
public enum ApprovalStatus {
  /** {@code N/A}: no approval was requested. */
  @Json(name = "N/A")
  NOT_APPLICABLE,
  REQUESTED,
  APPROVED,
  NOT_APPROVED,
  MIXED,
  /** A value this SDK version does not know. */
  UNKNOWN
}
