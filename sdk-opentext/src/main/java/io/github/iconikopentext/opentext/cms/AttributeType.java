package io.github.iconikopentext.opentext.cms;

import com.squareup.moshi.Json;

/** The data type of a CMS attribute. Types the SDK does not know read as {@link #UNKNOWN}. */
public enum AttributeType {
  @Json(name = "string") STRING,
  @Json(name = "integer") INTEGER,
  @Json(name = "long") LONG,
  @Json(name = "double") DOUBLE,
  @Json(name = "boolean") BOOLEAN,
  @Json(name = "date") DATE,
  @Json(name = "datetime") DATETIME,
  UNKNOWN
}
