package vn.nq57.sync.run;

import java.io.File;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * Runs the pipeline for a file an inbox route picked up; the route names its source in the variable
 * {@code sourceId}. An exception makes the route move the file to the error folder; the run records
 * why.
 */
@Component("fileDropProcessor")
class FileDropProcessor implements Processor {

  private final SyncRunService service;

  FileDropProcessor(SyncRunService service) {
    this.service = service;
  }

  @Override
  public void process(Exchange exchange) {
    File file = exchange.getMessage().getBody(File.class);
    String sourceId = exchange.getVariable("sourceId", String.class);
    service
        .fileDrop(sourceId, file.toPath())
        .ifPresent(runId -> exchange.setVariable("runId", runId));
  }
}
