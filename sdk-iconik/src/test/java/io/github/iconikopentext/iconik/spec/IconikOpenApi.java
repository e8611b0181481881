package io.github.iconikopentext.iconik.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * iconik's official OpenAPI documents ({@code shared/reference/iconik-openapi/*.json}), for contract tests: which
 * operations exist, and whether a response body matches an operation's response schema.
 *
 * <p>The directory is found by walking up from the working directory until a folder holds
 * {@code shared/reference/iconik-openapi}: the repository is cloned with {@code shared/} beside it, locally and in
 * CI. A missing directory is a test failure, never a skip. Thread-safe.
 */
public final class IconikOpenApi {
  public static final String RELATIVE_DIR = "shared/reference/iconik-openapi";
  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final IconikOpenApi INSTANCE = new IconikOpenApi(locate(Path.of("").toAbsolutePath()));

  private final Path dir;
  private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
  private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
      b -> b.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
  private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private IconikOpenApi(Path dir) {
    this.dir = dir;
  }

  /** The specs found from the working directory. */
  public static IconikOpenApi get() {
    return INSTANCE;
  }

  /** Finds {@value #RELATIVE_DIR} in {@code start} or one of its ancestors. */
  public static Path locate(Path start) {
    for (Path d = start; d != null; d = d.getParent()) {
      Path candidate = d.resolve(RELATIVE_DIR);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("iconik's OpenAPI specs not found: no '" + RELATIVE_DIR + "' in " + start
        + " or any parent. Clone the repository next to the shared/ folder (as in CI).");
  }

  public Path directory() {
    return dir;
  }

  /** The service names with a spec, e.g. {@code assets}, {@code files}. */
  public List<String> services() {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The spec document of {@code service}. */
  public JsonNode document(String service) {
    return documents.computeIfAbsent(service, s -> {
      Path file = dir.resolve(s + ".json");
      if (!Files.isRegularFile(file)) {
        throw new AssertionError("no iconik spec for service '" + s + "' (" + file + ")");
      }
      try {
        return JSON.readTree(file.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The operations of a service: upper-case method → spec paths, e.g. {@code GET → /v1/assets/{asset_id}/}. */
  public List<Operation> operations(String service) {
    List<Operation> out = new ArrayList<>();
    JsonNode paths = document(service).path("paths");
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      for (Iterator<String> m = path.getValue().fieldNames(); m.hasNext(); ) {
        String method = m.next();
        if (METHODS.contains(method)) {
          out.add(new Operation(service, method.toUpperCase(Locale.ROOT), path.getKey()));
        }
      }
    }
    return out;
  }

  /** A path template with its parameter names erased: {@code /v1/assets/{asset_id}/} → {@code /v1/assets/{}/}. */
  public static String normalize(String template) {
    return template.replaceAll("\\{[^}/]+}", "{}");
  }

  /**
   * The operation whose path template equals {@code apiPath}'s once parameter names are erased, e.g.
   * {@code /API/assets/v1/assets/{id}/}: the contract tests' strict comparison.
   */
  public Operation operation(String method, String apiPath) {
    String[] parts = split(apiPath);
    for (Operation op : operations(parts[0])) {
      if (op.method().equals(method) && normalize(op.path()).equals(normalize(parts[1]))) {
        return op;
      }
    }
    throw new AssertionError(method + " " + apiPath + " is not an operation of iconik's " + parts[0] + " spec");
  }

  /**
   * The operation serving a concrete request path such as {@code /API/assets/v1/assets/3f0c…/} (or a template):
   * the matching template with the fewest parameters, so {@code /v1/assets/{asset_id}/} wins over
   * {@code /v1/{object_type}/{object_id}/}.
   */
  public Operation operationServing(String method, String requestPath) {
    String[] parts = split(requestPath);
    Operation best = null;
    int bestParams = Integer.MAX_VALUE;
    for (Operation op : operations(parts[0])) {
      if (!op.method().equals(method)) {
        continue;
      }
      String regex = java.util.Arrays.stream(op.path().split("/", -1))
          .map(seg -> seg.matches("\\{[^}/]+}") ? "[^/]+" : java.util.regex.Pattern.quote(seg))
          .collect(java.util.stream.Collectors.joining("/"));
      int params = op.path().split("\\{", -1).length - 1;
      if (parts[1].matches(regex) && params < bestParams) {
        best = op;
        bestParams = params;
      }
    }
    if (best == null) {
      throw new AssertionError(method + " " + requestPath + " is served by no operation of iconik's " + parts[0]
          + " spec");
    }
    return best;
  }

  /** {@code /API/<service>/<rest>} → {service, /rest}. */
  private static String[] split(String apiPath) {
    String[] parts = apiPath.replaceFirst("^/", "").split("/", 3);
    if (parts.length < 3 || !parts[0].equals("API")) {
      throw new AssertionError("not an iconik API path: " + apiPath);
    }
    return new String[] {parts[1], "/" + parts[2]};
  }

  /**
   * Validates {@code body} as the response of {@code method apiPath} with {@code status} ({@code "default"} for
   * the error response); {@code apiPath} may be a template or a concrete request path. Returns the schema
   * violations; empty means valid.
   */
  public List<String> validateResponse(String method, String apiPath, String status, String body) {
    Operation op = operationServing(method, apiPath);
    JsonNode response = document(op.service()).path("paths").path(op.path()).path(op.method().toLowerCase(Locale.ROOT))
        .path("responses").path(status);
    if (response.isMissingNode()) {
      throw new AssertionError(method + " " + apiPath + " declares no " + status + " response in the spec");
    }
    JsonNode schemaNode = response.path("content").path("application/json").path("schema");
    if (schemaNode.isMissingNode()) {
      throw new AssertionError(method + " " + apiPath + " " + status + " has no JSON body in the spec");
    }
    JsonSchema schema = schemas.computeIfAbsent(op + " " + status, key -> compile(op.service(), schemaNode));
    JsonNode instance;
    try {
      instance = JSON.readTree(body);
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
    List<String> errors = new ArrayList<>();
    for (ValidationMessage m : schema.validate(instance)) {
      errors.add(m.getMessage());
    }
    return errors;
  }

  /**
   * Compiles a response schema. Its {@code $ref}s point into the spec's {@code components}, so the schema is
   * compiled as the root of a document that also holds them.
   */
  private JsonSchema compile(String service, JsonNode schemaNode) {
    ObjectNode root = schemaNode.deepCopy();
    root.set("components", document(service).path("components"));
    String iri = "urn:iconik-openapi:" + service + ":" + schemas.size();
    return factory.getSchema(SchemaLocation.of(iri), root, config);
  }

  /** Operation counts per service, for the docs' coverage table. */
  public Map<String, Integer> operationCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    services().forEach(s -> counts.put(s, operations(s).size()));
    return counts;
  }

  /**
   * One operation of a spec.
   *
   * @param service the service (spec file name without {@code .json})
   * @param method the upper-case HTTP method
   * @param path the spec's path template, e.g. {@code /v1/assets/{asset_id}/}
   */
  public record Operation(String service, String method, String path) {
    /** The path as the client calls it, e.g. {@code /API/assets/v1/assets/{asset_id}/}. */
    public String apiPath() {
      return "/API/" + service + path;
    }
  }
}
