package vn.nq57.sync.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One line at start-up with the release that runs (the same version {@code /actuator/info} shows),
 * so that every log file says which version wrote it.
 */
@Component
class ReleaseLog {

  private static final Logger log = LoggerFactory.getLogger(ReleaseLog.class);

  private final ObjectProvider<BuildProperties> build;

  ReleaseLog(ObjectProvider<BuildProperties> build) {
    this.build = build;
  }

  @EventListener(ApplicationStartedEvent.class)
  void started() {
    log.info(line(build.getIfAvailable()));
  }

  static String line(BuildProperties build) {
    if (build == null) {
      return "nq57-sync started (version unknown: built without META-INF/build-info.properties)";
    }
    return "nq57-sync %s started (built %s)".formatted(build.getVersion(), build.getTime());
  }
}
