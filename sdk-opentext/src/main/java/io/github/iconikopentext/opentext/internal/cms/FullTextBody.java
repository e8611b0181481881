package io.github.iconikopentext.opentext.internal.cms;

import java.util.List;

/** The (UNCONFIRMED) body of {@code POST /ft-query}. Not part of the API. */
public record FullTextBody(String query, List<String> types) {}
