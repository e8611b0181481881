package io.github.iconikopentext.integration.mapping;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.integration.mapping.internal.MappingPlan;
import io.github.iconikopentext.integration.mapping.internal.OpenTextOutput;
import io.github.iconikopentext.integration.mapping.internal.SpecCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Maps the metadata of one object between an iconik metadata view ({@link MetadataValues}) and an OpenText CMS
 * instance ({@link OpenTextMetadata}), as a declarative JSON mapping spec describes (format: {@code
 * docs/metadata-mapping.md}).
 *
 * <p>The spec is checked and compiled once, when the mapper is created: a spec with mistakes is refused with a
 * {@link MappingSpecException} listing every mistake with its JSON path. Mapping never throws for bad data: each
 * value that cannot be mapped is left out of the result and reported as a {@link MappingProblem}, never dropped
 * silently; a multi-value field stays a list even with one element.
 *
 * <pre>{@code
 * MetadataMapper mapper = MetadataMapper.mediaGovernance();
 * MappingResult<OpenTextMetadata> result = mapper.toOpenText(iconikValues);
 * OpenTextMetadata forCms = result.valueOrThrow();   // or inspect result.problems()
 * }</pre>
 *
 * <p>Immutable and thread-safe: create one per spec and share it; a mapping call allocates only its result.
 */
public final class MetadataMapper {
  /** The name of the built-in media governance profile (see {@link #mediaGovernance()}). */
  public static final String MEDIA_GOVERNANCE = "media-governance";

  private static final Set<String> BUILT_IN = Set.of(MEDIA_GOVERNANCE);

  private final MappingPlan plan;

  private MetadataMapper(MappingPlan plan) {
    this.plan = plan;
  }

  /**
   * Compiles a mapping spec.
   *
   * @throws MappingSpecException listing every problem of the spec, each with its JSON path
   */
  public static MetadataMapper fromJson(String specJson) {
    return new MetadataMapper(SpecCompiler.compile(Objects.requireNonNull(specJson, "specJson == null")));
  }

  /**
   * Checks a mapping spec without keeping it: every problem with its JSON path, or an empty list when the spec
   * is valid.
   */
  public static List<SpecProblem> validate(String specJson) {
    return SpecCompiler.validate(Objects.requireNonNull(specJson, "specJson == null"));
  }

  /**
   * A built-in profile by name; today {@value #MEDIA_GOVERNANCE}.
   *
   * @throws ConfigurationException when no built-in profile has that name
   */
  public static MetadataMapper builtIn(String name) {
    Objects.requireNonNull(name, "name == null");
    if (!BUILT_IN.contains(name)) {
      throw new ConfigurationException("no built-in mapping spec named '" + name + "' (built in: " + BUILT_IN + ')');
    }
    return fromJson(resource(name + ".json"));
  }

  /**
   * The built-in media governance profile: project code, campaign name, rights holder, usage terms, licence URL,
   * rights expiry and embargo dates, territories, rights clearance and approval status, all mapped both ways to
   * the attributes of the {@code media_governance} trait's {@code iconik} instance. Shared instance.
   */
  public static MetadataMapper mediaGovernance() {
    return MediaGovernance.INSTANCE;
  }

  /** The spec's name. */
  public String name() {
    return plan.name();
  }

  /** The spec's format version. */
  public int specVersion() {
    return plan.specVersion();
  }

  /** Maps iconik metadata values to OpenText properties and traits, with every problem met. */
  public MappingResult<OpenTextMetadata> toOpenText(MetadataValues iconikValues) {
    OpenTextOutput output = plan.toOpenText(Objects.requireNonNull(iconikValues, "iconikValues == null"));
    return new MappingResult<>(new OpenTextMetadata(output.properties(), output.traits()), output.problems());
  }

  /** Maps OpenText properties and traits to iconik metadata values, with every problem met. */
  public MappingResult<MetadataValues> toIconik(OpenTextMetadata openTextValues) {
    return plan.toIconik(Objects.requireNonNull(openTextValues, "openTextValues == null"));
  }

  @Override
  public String toString() {
    return "MetadataMapper{" + plan + '}';
  }

  private static String resource(String fileName) {
    try (InputStream in = MetadataMapper.class.getResourceAsStream(fileName)) {
      if (in == null) {
        throw new ConfigurationException("built-in mapping spec " + fileName + " is missing from the SDK's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException("could not read built-in mapping spec " + fileName, e);
    }
  }

  /** Compiled on first use, once. */
  private static final class MediaGovernance {
    static final MetadataMapper INSTANCE = builtIn(MEDIA_GOVERNANCE);
  }
}
