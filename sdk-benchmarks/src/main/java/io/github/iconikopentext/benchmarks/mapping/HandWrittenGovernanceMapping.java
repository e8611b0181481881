package io.github.iconikopentext.benchmarks.mapping;

import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.integration.mapping.OpenTextMetadata;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The governance profile's ten fields mapped by hand, with no spec: the same trimming, upper-casing, pattern checks,
 * date parsing and enum table as the built-in profile, into the same {@link OpenTextMetadata}. What a team writes
 * when it does not use the mapper, and the peer of its benchmark. Handles only the benchmark's clean inputs: no
 * issues are collected. Thread-safe.
 */
final class HandWrittenGovernanceMapping {
  private static final String TRAIT = "media_governance";
  private static final String INSTANCE = "iconik";
  private static final Pattern PROJECT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");
  private static final Pattern LICENSE_URL = Pattern.compile("https?://\\S+");
  private static final Pattern TERRITORY = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");
  private static final Map<String, String> APPROVAL = Map.of(
      "N/A", "not_required",
      "REQUESTED", "in_review",
      "APPROVED", "approved",
      "NOT_APPROVED", "rejected",
      "MIXED", "partially_approved");

  OpenTextMetadata toOpenText(MetadataValues values) {
    OpenTextMetadata.Builder out = OpenTextMetadata.builder();
    String projectCode = values.string("project_code").orElseThrow().trim().toUpperCase(Locale.ROOT);
    attribute(out, "project_code", matching(PROJECT_CODE, projectCode));
    values.string("campaign_name").ifPresent(v -> attribute(out, "campaign_name", v.trim()));
    values.string("rights_holder").ifPresent(v -> attribute(out, "rights_holder", v.trim()));
    values.string("usage_terms").ifPresent(v -> attribute(out, "usage_terms", v.trim()));
    values.string("license_url").ifPresent(v -> attribute(out, "license_url", matching(LICENSE_URL, v.trim())));
    values.string("rights_expiry_date").ifPresent(v -> attribute(out, "rights_expiry_date", LocalDate.parse(v)));
    values.string("embargo_until").ifPresent(v -> attribute(out, "embargo_until", OffsetDateTime.parse(v)));
    List<String> territories = values.strings("territories");
    if (!territories.isEmpty()) {
      List<String> codes = new ArrayList<>(territories.size());
      for (String t : territories) {
        codes.add(matching(TERRITORY, t.trim().toUpperCase(Locale.ROOT)));
      }
      attribute(out, "territories", List.copyOf(codes));
    }
    values.bool("rights_cleared").ifPresent(v -> attribute(out, "rights_cleared", v));
    String approval = values.string("approval_status").orElse("N/A");
    attribute(out, "approval_status", APPROVAL.getOrDefault(approval, "unknown"));
    return out.build();
  }

  private static void attribute(OpenTextMetadata.Builder out, String name, Object value) {
    out.attribute(TRAIT, INSTANCE, name, value);
  }

  private static String matching(Pattern pattern, String value) {
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + value + "' does not match " + pattern);
    }
    return value;
  }
}
