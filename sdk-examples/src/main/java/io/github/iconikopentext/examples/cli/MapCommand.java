package io.github.iconikopentext.examples.cli;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.integration.mapping.MappingProblem;
import io.github.iconikopentext.integration.mapping.MappingResult;
import io.github.iconikopentext.integration.mapping.MappingSpecException;
import io.github.iconikopentext.integration.mapping.MetadataMapper;
import io.github.iconikopentext.integration.mapping.OpenTextMetadata;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code map}: runs a metadata mapping spec over one object's values, printing the mapped JSON on stdout and every
 * issue on stderr.
 */
@Command(name = "map", description = {
    "Maps one object's metadata with a mapping spec. Prints the mapped JSON; issues go to stderr.",
    "to-opentext input: iconik values {\"field\": [values]}; output: {\"properties\": …, \"traits\": …}.",
    "to-iconik input: a CMS instance's {\"properties\": …, \"traits\": …}; output: {\"field\": [values]}.",
    "Exit 0 when every value was mapped (warnings allowed), 1 when a value could not be or the spec is invalid."})
final class MapCommand implements Callable<Integer> {
  private static final JsonAdapter<Map<String, Object>> OBJECT =
      Json.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final CliContext context;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Spec spec;

  /** Exactly one spec. */
  static final class Spec {
    @Option(names = "--spec", paramLabel = "FILE", description = "A mapping spec file (JSON).")
    Path file;

    @Option(names = "--builtin", paramLabel = "NAME", description = "A built-in spec, e.g. media-governance.")
    String builtIn;
  }

  @Option(names = "--direction", required = true, paramLabel = "DIRECTION",
      description = "to-opentext or to-iconik.")
  String direction;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "The values to map (JSON).")
  Path input;

  MapCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    MetadataMapper mapper;
    try {
      mapper = spec.file != null
          ? MetadataMapper.fromJson(CliFiles.readText("--spec", spec.file))
          : MetadataMapper.builtIn(spec.builtIn);
    } catch (MappingSpecException e) {
      // The problems carry their lines and paths; the file is named here.
      context.err().println("error: --spec " + spec.file + ": " + e.getMessage());
      return ExitCodes.FAILED;
    }
    Map<String, Object> values = readInput();
    MappingResult<?> result;
    Object output;
    switch (direction) {
      case "to-opentext" -> {
        MappingResult<OpenTextMetadata> r = mapper.toOpenText(iconikValues(values));
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("properties", r.value().properties());
        shape.put("traits", r.value().traits());
        result = r;
        output = shape;
      }
      case "to-iconik" -> {
        MappingResult<MetadataValues> r = mapper.toIconik(openTextValues(values));
        result = r;
        output = r.value().asMap();
      }
      default -> throw new UsageException("--direction must be to-opentext or to-iconik, was '" + direction + "'");
    }
    context.out().println(Json.moshi().adapter(Object.class).indent("  ").toJson(output));
    for (MappingProblem issue : result.problems()) {
      context.err().println(issue);
    }
    return result.hasErrors() ? ExitCodes.FAILED : ExitCodes.OK;
  }

  private Map<String, Object> readInput() {
    return CliFiles.readJson("--input", input, OBJECT, "a JSON object");
  }

  /** {@code {"field": [values]}} or {@code {"field": value}}. */
  private static MetadataValues iconikValues(Map<String, Object> json) {
    MetadataValues.Builder values = MetadataValues.builder();
    json.forEach((field, value) -> {
      if (value instanceof List<?> list) {
        values.putAll(field, list);
      } else if (value != null) {
        values.put(field, value);
      }
    });
    return values.build();
  }

  @SuppressWarnings("unchecked")
  private static OpenTextMetadata openTextValues(Map<String, Object> json) {
    Object properties = json.getOrDefault("properties", Map.of());
    Object traits = json.getOrDefault("traits", Map.of());
    if (!(properties instanceof Map) || !(traits instanceof Map)) {
      throw new UsageException("to-iconik input needs \"properties\" and \"traits\" objects, as a CMS instance has");
    }
    try {
      return OpenTextMetadata.of((Map<String, ?>) properties,
          (Map<String, ? extends Map<String, ? extends Map<String, ?>>>) traits);
    } catch (ClassCastException e) {
      throw new UsageException("to-iconik input: \"traits\" must map trait -> instance -> attribute -> value");
    }
  }
}
