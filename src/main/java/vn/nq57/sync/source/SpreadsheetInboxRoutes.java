package vn.nq57.sync.source;

import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds one inbox route per spreadsheet source from the route template {@code
 * source-spreadsheet-inbox}, with route id {@code source-<source id>}. Each route polls on its own
 * thread: a large file keeps only its own inbox busy.
 */
@Component
class SpreadsheetInboxRoutes implements CamelContextConfiguration {

  static final String TEMPLATE = "source-spreadsheet-inbox";
  private static final Logger log = LoggerFactory.getLogger(SpreadsheetInboxRoutes.class);

  private final SourceInstances sources;

  SpreadsheetInboxRoutes(SourceInstances sources) {
    this.sources = sources;
  }

  @Override
  public void beforeApplicationStart(CamelContext camel) {}

  @Override
  public void afterApplicationStart(CamelContext camel) {
    for (ConfiguredSource source : sources.everySource()) {
      if (source.kind() == SourceKind.SPREADSHEET) {
        add(camel, source);
      }
    }
  }

  private static void add(CamelContext camel, ConfiguredSource source) {
    SpreadsheetSettings inbox = source.settings().spreadsheet();
    Map<String, Object> parameters =
        Map.of(
            "sourceId", source.id(),
            "inbox", inbox.inbox().toString(),
            "pollInterval", String.valueOf(inbox.pollInterval().toMillis()),
            "settleTime", String.valueOf(inbox.settleTime().toMillis()));
    try {
      String routeId = camel.addRouteFromTemplate("source-" + source.id(), TEMPLATE, parameters);
      log.info("Inbox route {} watches {} for source {}", routeId, inbox.inbox(), source.id());
    } catch (Exception e) {
      throw new IllegalStateException("cannot add the inbox route of source " + source.id(), e);
    }
  }
}
