package io.github.iconikopentext.opentext.cms;

import com.squareup.moshi.Json;

/** The CMS instance categories; each type belongs to one. Values the SDK does not know read as {@link #UNKNOWN}. */
public enum Category {
  @Json(name = "file") FILE("file"),
  @Json(name = "folder") FOLDER("folder"),
  @Json(name = "object") OBJECT("object"),
  UNKNOWN("unknown");

  private final String pathSegment;

  Category(String pathSegment) {
    this.pathSegment = pathSegment;
  }

  /** The category as it appears in CMS paths ({@code /instances/file/…}). */
  public String pathSegment() {
    return pathSegment;
  }
}
