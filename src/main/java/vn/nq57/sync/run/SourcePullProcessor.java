package vn.nq57.sync.run;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.source.SourceInstances;

/** The step of a source pull route: pulls the source of the route for the calling run. */
@Component("sourcePullProcessor")
class SourcePullProcessor implements Processor {

  static final String RUN_ID = "runId";
  static final String MAPPING = "mapping";

  private final SourceInstances sources;
  private final IncrementalPull pull;

  SourcePullProcessor(SourceInstances sources, IncrementalPull pull) {
    this.sources = sources;
    this.pull = pull;
  }

  @Override
  public void process(Exchange exchange) {
    String sourceId = exchange.getVariable("sourceId", String.class);
    long runId = exchange.getVariable(RUN_ID, Long.class);
    TaskMapping mapping = exchange.getVariable(MAPPING, TaskMapping.class);
    exchange.getMessage().setBody(pull.pull(runId, sources.find(sourceId).orElseThrow(), mapping));
  }
}
