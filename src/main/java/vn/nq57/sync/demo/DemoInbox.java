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
import vn.nq57.sync.source.SpreadsheetDrops;
import vn.nq57.sync.source.SpreadsheetSourceProperties;

/**
 * Drops the real Quảng Ngãi status report into the inbox when the demo starts, unless its content
 * has been read already (the demo keeps its database between runs).
 */
@Component
@Profile(DemoEnvironment.PROFILE)
class DemoInbox {

  private static final Logger log = LoggerFactory.getLogger(DemoInbox.class);
  static final String SAMPLE = "demo/bao-cao-phu-luc-I.csv";

  private final SpreadsheetSourceProperties properties;
  private final SpreadsheetDrops drops;

  DemoInbox(SpreadsheetSourceProperties properties, SpreadsheetDrops drops) {
    this.properties = properties;
    this.drops = drops;
  }

  @EventListener(ApplicationReadyEvent.class)
  void seed() {
    try (InputStream sample = new ClassPathResource(SAMPLE).getInputStream()) {
      Path inbox = Files.createDirectories(properties.inbox());
      Path staged = Files.createTempFile(inbox.toAbsolutePath().getParent(), "sample", ".tmp");
      Files.copy(sample, staged, StandardCopyOption.REPLACE_EXISTING);
      if (drops.alreadyRead(drops.fingerprint(staged))) {
        Files.delete(staged);
        log.info(
            "Demo sample already read earlier; drop a new CSV into {} to see another run", inbox);
        return;
      }
      Files.move(staged, inbox.resolve("bao-cao-phu-luc-I.csv"), StandardCopyOption.ATOMIC_MOVE);
      log.info("Demo sample dropped into {}", inbox.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the demo sample", e);
    }
  }
}
