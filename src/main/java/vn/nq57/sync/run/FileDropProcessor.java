package vn.nq57.sync.run;

import java.io.File;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;
import vn.nq57.sync.source.SourceInstances;

/**
 * Runs the pipeline for a file an inbox route picked up; the route names its source in the variable
 * {@code sourceId}: an indicator sheet goes to {@link IndicatorRuns}, any other file to {@link
 * SyncRunService}. An exception makes the route move the file to the error folder; the run records
 * why.
 */
@Component("fileDropProcessor")
class FileDropProcessor implements Processor {

  private final SyncRunService service;
  private final IndicatorRuns indicators;
  private final SourceInstances sources;

  FileDropProcessor(SyncRunService service, IndicatorRuns indicators, SourceInstances sources) {
    this.service = service;
    this.indicators = indicators;
    this.sources = sources;
  }

  @Override
  public void process(Exchange exchange) {
    File file = exchange.getMessage().getBody(File.class);
    String sourceId = exchange.getVariable("sourceId", String.class);
    Optional<Long> run =
        sources.isIndicatorSource(sourceId)
            ? indicators.fileDrop(sourceId, file.toPath())
            : service.fileDrop(sourceId, file.toPath());
    run.ifPresent(runId -> exchange.setVariable("runId", runId));
  }
}
