package io.github.iconikopentext.opentext.internal.json;

/** {@code {"id": "…"}}: the body of CMS's move and ACL calls. Not part of the API. */
public record IdBody(String id) {}
