package io.github.iconikopentext.iconik.model;

/** Where a custom action appears in iconik's UI (spec enum); also the path segment of the custom actions API. Values iconik adds later read as {@link #UNKNOWN}. */
public enum CustomActionContext {
  ASSET,
  ASSET_SUBCLIP,
  SHARED_ASSET,
  COLLECTION,
  SHARED_COLLECTION,
  BULK,
  SAVED_SEARCH,
  NONE,
  /** A value this SDK version does not know. */
  UNKNOWN
}
