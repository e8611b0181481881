package io.github.iconikopentext.examples.snippets;

import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.integration.mapping.MappingResult;
import io.github.iconikopentext.integration.mapping.MetadataMapper;
import io.github.iconikopentext.integration.mapping.OpenTextMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** docs/metadata-mapping.md. */
final class MetadataMappingSnippets {
  private static final Logger log = LoggerFactory.getLogger(MetadataMappingSnippets.class);

  private MetadataMappingSnippets() {}

  static MetadataValues map(String specJson, MetadataValues iconikValues, OpenTextMetadata cmsMetadata) {
    MetadataMapper mapper = MetadataMapper.fromJson(specJson);        // or MetadataMapper.mediaGovernance()

    MappingResult<OpenTextMetadata> result = mapper.toOpenText(iconikValues);
    result.problems().forEach(issue -> log.warn("{}", issue));          // field, code, severity, message
    OpenTextMetadata forCms = result.valueOrThrow();                  // throws MappingException on any ERROR

    MetadataValues forIconik = mapper.toIconik(cmsMetadata).valueOrThrow();
    System.out.println(forCms);
    return forIconik;
  }
}
