package vn.nq57.sync.alerting;

import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.sync.support.VietnamTime;

/** {@code GET /api/alerts}: open alerts and those cleared in the last 24 hours. */
@RestController
class AlertController {

  private final AlertRepository alerts;
  private final Clock clock;

  AlertController(AlertRepository alerts, Clock clock) {
    this.alerts = alerts;
    this.clock = clock;
  }

  @GetMapping("/api/alerts")
  List<AlertRepository.Alert> alerts() {
    return alerts.recent(VietnamTime.now(clock).minusDays(1));
  }
}
