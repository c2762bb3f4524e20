package vn.nq57.sync.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.nq57.sync.source.SourceInstances;
import vn.nq57.sync.source.SourceKind;
import vn.nq57.sync.source.SpreadsheetDrops;
import vn.nq57.sync.source.SpreadsheetSourceProperties;

/**
 * Drops the real Quảng Ngãi status report into the inbox when the demo starts, and the KPI
 * indicator sheet of the sample plan into the first indicator inbox, unless their content has been
 * read already (the demo keeps its database between runs).
 */
@Component
@Profile(DemoEnvironment.PROFILE)
class DemoInbox {

  private static final Logger log = LoggerFactory.getLogger(DemoInbox.class);
  static final String SAMPLE = "demo/bao-cao-phu-luc-I.csv";
  static final String INDICATOR_SAMPLE = "demo/chi-so-chuyen-doi-so.csv";

  private final SpreadsheetSourceProperties properties;
  private final SourceInstances sources;
  private final SpreadsheetDrops drops;

  DemoInbox(
      SpreadsheetSourceProperties properties, SourceInstances sources, SpreadsheetDrops drops) {
    this.properties = properties;
    this.sources = sources;
    this.drops = drops;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    seed(SAMPLE, properties.id(), properties.inbox());
    sources.indicators().stream()
        .filter(s -> s.kind() == SourceKind.SPREADSHEET)
        .findFirst()
        .ifPresent(s -> seed(INDICATOR_SAMPLE, s.id(), s.settings().spreadsheet().inbox()));
  }

  private void seed(String resource, String sourceId, Path folder) {
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    try (InputStream sample = new ClassPathResource(resource).getInputStream()) {
      Path inbox = Files.createDirectories(folder);
      Path staged = Files.createTempFile(inbox.toAbsolutePath().getParent(), "sample", ".tmp");
      Files.copy(sample, staged, StandardCopyOption.REPLACE_EXISTING);
      if (drops.alreadyRead(sourceId, drops.fingerprint(staged))) {
        Files.delete(staged);
        log.info(
            "Demo sample {} already read earlier; drop a new CSV into {} to see another run",
            name,
            inbox);
        return;
      }
      Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      log.info("Demo sample {} dropped into {}", name, inbox.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the demo sample " + name, e);
    }
  }
}
