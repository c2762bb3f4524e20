package vn.nq57.sync.source;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Pulls an incremental source (REST or SQL) from its stored watermark into a sink, through the
 * source's pull route. Throws when the source cannot be read, so an unavailable source is never
 * taken for one without tasks.
 */
@Component
public class SourcePulls {

  private final ProducerTemplate producer;

  SourcePulls(ProducerTemplate producer) {
    this.producer = producer;
  }

  /** Hands every record read to the sink; the watermark moves on once all are handed over. */
  public void pull(long runId, ConfiguredSource source, RecordSink sink) {
    Exchange result =
        producer.send(
            "direct:source-pull-" + source.id(),
            exchange -> {
              exchange.setVariable(SourcePullProcessor.RUN_ID, runId);
              exchange.setVariable(SourcePullProcessor.SINK, sink);
            });
    if (result.getException() instanceof RuntimeException e) {
      throw e;
    }
    if (result.getException() != null) {
      throw new IllegalStateException(result.getException());
    }
  }
}
