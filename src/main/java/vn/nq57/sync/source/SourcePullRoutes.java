package vn.nq57.sync.source;

import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.stereotype.Component;

/**
 * Adds one pull route per REST or SQL source from the route template {@code source-pull}, with
 * route id {@code source-<source id>} and endpoint {@code direct:source-pull-<source id>}.
 */
@Component
class SourcePullRoutes implements CamelContextConfiguration {

  static final String TEMPLATE = "source-pull";

  private final SourceInstances sources;

  SourcePullRoutes(SourceInstances sources) {
    this.sources = sources;
  }

  @Override
  public void beforeApplicationStart(CamelContext camel) {}

  @Override
  public void afterApplicationStart(CamelContext camel) {
    for (ConfiguredSource source : sources.everySource()) {
      if (source.kind() != SourceKind.SPREADSHEET) {
        try {
          camel.addRouteFromTemplate(
              "source-" + source.id(), TEMPLATE, Map.of("sourceId", source.id()));
        } catch (Exception e) {
          throw new IllegalStateException("cannot add the pull route of source " + source.id(), e);
        }
      }
    }
  }
}
