package io.github.iconikopentext.integration.template;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.core.json.internal.CanonicalJsonWriter;
import io.github.iconikopentext.core.json.internal.JsonLines;
import io.github.iconikopentext.integration.template.internal.Placeholders;
import io.github.iconikopentext.integration.template.internal.TemplateChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A template file as read, before its placeholders are filled: the unit that is content-hashed and promoted from one
 * environment to the next. {@link #resolve(TemplateValues)} fills it for one environment and validates it.
 *
 * <p>Immutable and thread-safe.
 */
public final class TemplateSource {
  /** The schema identifier a template declares in its {@code schema} member. */
  public static final String SCHEMA = "iconik-opentext/template/v1";

  private static final JsonAdapter<Map<String, Object>> TREE =
      Json.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  private static final JsonAdapter<Body> BODY = Json.moshi().adapter(Body.class);

  /** The template's JSON members, bound after placeholders are filled. */
  public record Body(String schema, String name, String description, TemplateModel.IconikSpec iconik,
      TemplateModel.MappingRef mapping, List<TemplateModel.RoutingRule> routing, TemplateModel.OpenTextSpec opentext,
      Map<String, TemplateModel.TargetSpec> targets, Map<String, TemplateModel.CredentialRef> credentials) {}

  private final String origin;
  private final Map<String, Object> tree;
  private final String hash;
  private final JsonLines lines;

  private TemplateSource(String origin, Map<String, Object> tree, JsonLines lines) {
    this.origin = origin;
    this.tree = tree;
    this.hash = CanonicalJsonWriter.sha256(tree);
    this.lines = lines;
  }

  /** Reads a template file. */
  public static TemplateSource read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new ConfigurationException("cannot read template " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses template JSON; {@code origin} names it in errors.
   *
   * @throws TemplateException if the text is not a JSON object
   */
  public static TemplateSource parse(String json, String origin) {
    Objects.requireNonNull(json, "json == null");
    JsonLines lines = JsonLines.of(json);
    Map<String, Object> tree;
    try {
      tree = TREE.fromJson(json);
    } catch (IOException | JsonDataException e) {
      int line = lines.syntaxErrorLine() > 0 ? lines.syntaxErrorLine() : lines.line("$");
      throw new TemplateException(origin, List.of(new TemplateProblem("$", "not valid JSON: " + e.getMessage(),
          line)));
    }
    if (tree == null) {
      throw new TemplateException(origin, List.of(new TemplateProblem("$", "empty template")));
    }
    return new TemplateSource(origin, tree, lines);
  }

  /** Where the template came from (file path or a label). */
  public String origin() {
    return origin;
  }

  /** Lower-case hex SHA-256 of the template's canonical JSON; formatting and member order do not change it. */
  public String contentHash() {
    return hash;
  }

  /**
   * {@code problem} with the line of this template's text its path is on (or its nearest enclosing member's), e.g.
   * for the problems {@link IntegrationTemplate#checkSecrets} finds.
   */
  public TemplateProblem locate(TemplateProblem problem) {
    return problem.line() > 0 ? problem
        : new TemplateProblem(problem.path(), problem.message(), lines.line(problem.path()));
  }

  /** The placeholder names the template uses. */
  public Set<String> placeholders() {
    return Placeholders.names(tree);
  }

  /**
   * Fills the placeholders with {@code values} and validates the result: schema, required members, secret
   * references instead of literal secrets, routing rules and targets, every placeholder bound.
   *
   * @throws TemplateException listing every problem with its JSON path
   */
  public IntegrationTemplate resolve(TemplateValues values) {
    List<TemplateProblem> problems = new ArrayList<>();
    Object filled = Placeholders.fill(tree, values.values(), problems);
    TemplateChecks.literalSecrets(filled, "$", problems);
    Body body = null;
    try {
      body = BODY.fromJsonValue(filled);
    } catch (JsonDataException e) {
      problems.add(new TemplateProblem("$", "unexpected shape: " + e.getMessage()));
    }
    if (body != null) {
      TemplateChecks.body(body, problems);
    }
    if (!problems.isEmpty()) {
      throw new TemplateException(origin, problems.stream().map(this::locate).toList());
    }
    return new IntegrationTemplate(body.name(), body.description(), values.environment(), hash, values.hash(),
        body.iconik(), body.mapping(), body.routing(), body.opentext(), body.targets(), body.credentials());
  }
}
