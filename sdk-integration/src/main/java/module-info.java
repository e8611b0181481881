/**
 * Blocks that span iconik and OpenText: the {@code IntegrationRuntime}, metadata mapping, promotion, routing,
 * status, templates, transfers and the iconik activity collector.
 *
 * <p>Storage modules contribute transfer targets through {@link
 * io.github.iconikopentext.integration.transfer.TransferTargetFactory} and {@link java.util.ServiceLoader}.
 */
module io.github.iconikopentext.integration {
  requires transitive io.github.iconikopentext.iconik;
  requires transitive io.github.iconikopentext.opentext;
  requires org.slf4j;
  requires static org.jspecify;

  exports io.github.iconikopentext.integration;
  exports io.github.iconikopentext.integration.activity;
  exports io.github.iconikopentext.integration.mapping;
  exports io.github.iconikopentext.integration.observe;
  exports io.github.iconikopentext.integration.promotion;
  exports io.github.iconikopentext.integration.routing;
  exports io.github.iconikopentext.integration.status;
  exports io.github.iconikopentext.integration.template;
  exports io.github.iconikopentext.integration.transfer;

  uses io.github.iconikopentext.integration.transfer.TransferTargetFactory;
}
