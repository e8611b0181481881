package io.github.iconikopentext.iconik.webhook;

/** Where in iconik a custom action was invoked (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
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
