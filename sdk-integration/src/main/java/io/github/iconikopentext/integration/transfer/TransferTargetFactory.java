package io.github.iconikopentext.integration.transfer;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.integration.template.TemplateModel;
import java.util.ServiceLoader;

/**
 * Builds the transfer targets of one template kind ({@code s3}, {@code sftp}, …) that an add-on module provides,
 * found with {@link ServiceLoader}: a template naming such a target works as soon as the module is on the
 * classpath. Implementations are stateless and thread-safe; they never accept a secret except as a reference.
 */
public interface TransferTargetFactory {

  /** The template kind this factory builds, e.g. {@code s3}. */
  String kind();

  /**
   * Builds the target {@code name} from its template entry.
   *
   * @param credential the template credential the entry names (non-secret id + secret reference), or null
   * @throws ConfigurationException naming what is wrong with the entry
   */
  TransferTarget create(String name, TemplateModel.TargetSpec spec, TemplateModel.CredentialRef credential,
      SecretResolvers resolvers);

  /**
   * Builds a target with the factory of its kind on the classpath.
   *
   * @throws ConfigurationException if no module provides the kind
   */
  static TransferTarget forKind(String name, TemplateModel.TargetSpec spec, TemplateModel.CredentialRef credential,
      SecretResolvers resolvers) {
    for (TransferTargetFactory factory : ServiceLoader.load(TransferTargetFactory.class)) {
      if (factory.kind().equals(spec.kind())) {
        return factory.create(name, spec, credential, resolvers);
      }
    }
    throw new ConfigurationException("target " + name + " is of kind '" + spec.kind() + "', which no module on the"
        + " classpath provides (add sdk-storage-" + spec.kind() + ")");
  }
}
