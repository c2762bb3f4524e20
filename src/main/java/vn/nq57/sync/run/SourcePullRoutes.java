package vn.nq57.sync.run;

import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.source.ConfiguredSource;
import vn.nq57.sync.source.SourceInstances;
import vn.nq57.sync.source.SourceKind;

/**
 * One pull route per REST or SQL source, from the route template of its kind ({@code
 * source-rest-pull}, {@code source-sql-pull}); runs pull a source by calling its route.
 */
@Component
class SourcePullRoutes implements CamelContextConfiguration {

  private final SourceInstances sources;
  private final ProducerTemplate producer;

  SourcePullRoutes(SourceInstances sources, ProducerTemplate producer) {
    this.sources = sources;
    this.producer = producer;
  }

  @Override
  public void beforeApplicationStart(CamelContext camel) {}

  @Override
  public void afterApplicationStart(CamelContext camel) {
    for (ConfiguredSource source : sources.all()) {
      if (source.kind() != SourceKind.SPREADSHEET) {
        String template = "source-" + source.kind().name().toLowerCase() + "-pull";
        try {
          camel.addRouteFromTemplate(
              "source-" + source.id(), template, Map.of("sourceId", source.id()));
        } catch (Exception e) {
          throw new IllegalStateException("cannot add the pull route of source " + source.id(), e);
        }
      }
    }
  }

  /** Pulls a source through its route; returns [pulled, parked] or throws what the pull threw. */
  int[] pull(long runId, ConfiguredSource source, TaskMapping mapping) {
    Exchange result =
        producer.send(
            "direct:source-pull-" + source.id(),
            exchange -> {
              exchange.setVariable(SourcePullProcessor.RUN_ID, runId);
              exchange.setVariable(SourcePullProcessor.MAPPING, mapping);
            });
    if (result.getException() instanceof RuntimeException e) {
      throw e;
    }
    if (result.getException() != null) {
      throw new IllegalStateException(result.getException());
    }
    return result.getMessage().getBody(int[].class);
  }
}
