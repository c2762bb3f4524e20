package vn.nq57.sync.source;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * The step of a source pull route: pulls the route's source (variable {@code sourceId}) from its
 * watermark into the sink the calling run sent (variables {@code runId}, {@code sink}).
 */
@Component("sourcePullProcessor")
class SourcePullProcessor implements Processor {

  static final String RUN_ID = "runId";
  static final String SINK = "sink";

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
    RecordSink sink = exchange.getVariable(SINK, RecordSink.class);
    pull.pull(runId, sources.find(sourceId).orElseThrow(), sink);
  }
}
