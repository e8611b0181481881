package io.github.iconikopentext.iconik.model;

/** How iconik invokes a custom action: POST a payload to its URL, or OPEN the URL in the browser (spec enum). Values iconik adds later read as {@link #UNKNOWN}. */
public enum CustomActionType {
  OPEN,
  POST,
  /** A value this SDK version does not know. */
  UNKNOWN
}
