package io.github.iconikopentext.integration.transfer;

import io.github.iconikopentext.core.error.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a transferred file lands under a remote root: an object key of an S3 bucket, a path on an SFTP server,
 * filled from a template such as {@code {project_code}/{asset_id}/{file_name}}.
 *
 * <p>Placeholders: {@code {asset_id}}, {@code {file_id}}, {@code {file_name}}, {@code {transfer_id}},
 * {@code {target}}, and any value of the item's metadata when it is a {@code Map} (e.g. {@code {project_code}}).
 * A filled value is one path segment: a value holding {@code /} or {@code \}, a segment {@code .} or {@code ..},
 * control characters (C0, DEL, C1), text that is not well-formed Unicode (a lone surrogate, which has no UTF-8
 * form), an empty segment or a result over 1024 UTF-8 bytes is refused with a {@link ConfigurationException}
 * naming the template and the placeholder, never sanitised into another place. Values are used as they are, not
 * decoded: {@code %2e%2e} stays those six characters. A brace that does not belong to a placeholder
 * ({@code {Project}}, {@code {asset-id}}, an unclosed brace) is refused when the template is parsed; a
 * placeholder with no value for an item is refused when it is filled. Immutable and thread-safe.
 */
public final class PathTemplate {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");
  private static final Set<String> BUILT_IN = Set.of("asset_id", "file_id", "file_name", "transfer_id", "target");
  private static final int MAX_BYTES = 1024;

  private final String template;

  private PathTemplate(String template) {
    this.template = template;
  }

  /**
   * Parses {@code template}.
   *
   * @throws ConfigurationException if it is blank, absolute, has a {@code .}/{@code ..} or empty segment, a
   *     malformed placeholder or none
   */
  public static PathTemplate of(String template) {
    Objects.requireNonNull(template, "template == null");
    if (template.isBlank() || template.startsWith("/") || template.contains("\\")) {
      throw new ConfigurationException("path template '" + template + "' must be relative, non-empty and use /");
    }
    for (String segment : template.split("/", -1)) {
      checkSegment(template, segment, "the template itself");
    }
    String literal = PLACEHOLDER.matcher(template).replaceAll("");
    if (literal.indexOf('{') >= 0 || literal.indexOf('}') >= 0) {
      throw new ConfigurationException("path template '" + template + "' has a malformed placeholder: placeholders"
          + " are {lower_case_name}, e.g. {asset_id}, {file_name}, {project_code}");
    }
    if (!PLACEHOLDER.matcher(template).find()) {
      throw new ConfigurationException("path template '" + template + "' has no placeholder: every file would land"
          + " at the same place");
    }
    return new PathTemplate(template);
  }

  /** Fills the template for {@code item}. */
  public String fill(TransferItem item) {
    Map<?, ?> metadata = item.metadata() instanceof Map<?, ?> m ? m : Map.of();
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = switch (name) {
        case "asset_id" -> item.id().assetId();
        case "file_id" -> item.id().fileId();
        case "file_name" -> item.fileName();
        case "transfer_id" -> item.id().value();
        case "target" -> item.id().target();
        default -> metadata.get(name) == null ? null : String.valueOf(metadata.get(name));
      };
      if (value == null) {
        throw new ConfigurationException("path template '" + template + "': no value for {" + name + "} in transfer "
            + item.id().value() + (BUILT_IN.contains(name) ? "" : " (metadata keys: " + metadata.keySet() + ")"));
      }
      if (value.contains("/") || value.contains("\\")) {
        throw new ConfigurationException("path template '" + template + "': {" + name + "} of transfer "
            + item.id().value() + " contains a path separator; refused rather than placed elsewhere");
      }
      checkSegment(template, value, "{" + name + "} of transfer " + item.id().value());
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    String path = out.toString();
    for (String segment : path.split("/", -1)) {
      checkSegment(template, segment, "transfer " + item.id().value());
    }
    if (path.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new ConfigurationException("path template '" + template + "': the path of transfer "
          + item.id().value() + " is longer than " + MAX_BYTES + " bytes");
    }
    return path;
  }

  private static void checkSegment(String template, String segment, String where) {
    if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.isBlank()) {
      throw new ConfigurationException("path template '" + template + "': " + where
          + " gives an empty, '.' or '..' path segment (traversal is refused)");
    }
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (Character.isISOControl(c)) {
        throw new ConfigurationException("path template '" + template + "': " + where
            + " contains a control character");
      }
      if (Character.isHighSurrogate(c) && i + 1 < segment.length()
          && Character.isLowSurrogate(segment.charAt(i + 1))) {
        i++; // a well-formed pair: one code point outside the BMP
      } else if (Character.isSurrogate(c)) {
        throw new ConfigurationException("path template '" + template + "': " + where
            + " is not well-formed Unicode (a lone surrogate has no UTF-8 form)");
      }
    }
  }

  @Override
  public String toString() {
    return template;
  }
}
