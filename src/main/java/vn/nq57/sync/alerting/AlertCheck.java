package vn.nq57.sync.alerting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nq57.sync.alerting.AlertRepository.Alert;
import vn.nq57.sync.alerting.AlertRepository.Event;
import vn.nq57.sync.support.VietnamTime;

/**
 * Compares the conditions with the open alerts (routes/alerting-check-timer): a new cause opens an
 * alert, a cause gone clears it; then every message not yet delivered goes out, once per channel. A
 * channel that fails is tried again at the next check; the others are not held up.
 */
@Component("alertCheck")
public class AlertCheck {

  private static final Logger log = LoggerFactory.getLogger(AlertCheck.class);

  private final Conditions conditions;
  private final AlertRepository alerts;
  private final List<AlertChannel> channels;
  private final TransactionTemplate transactions;
  private final Clock clock;

  AlertCheck(
      Conditions conditions,
      AlertRepository alerts,
      List<AlertChannel> channels,
      TransactionTemplate transactions,
      Clock clock) {
    this.conditions = conditions;
    this.alerts = alerts;
    this.channels = channels;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** One check; answers how many messages were delivered. */
  public int run() {
    OffsetDateTime now = VietnamTime.now(clock);
    List<Cause> causes = conditions.current();
    for (Cause cause : causes) {
      if (alerts.raise(cause, now)) {
        log.error("Alert {} ({}): {}", cause.kind(), cause.subject(), cause.detail());
      }
    }
    alerts.clearAllBut(causes.stream().map(Cause::key).toList(), now);
    int delivered = 0;
    for (AlertChannel channel : channels) {
      if (channel.enabled()) {
        delivered += deliver(channel, now);
      }
    }
    return delivered;
  }

  private int deliver(AlertChannel channel, OffsetDateTime now) {
    int delivered = 0;
    for (Alert alert : alerts.undelivered(channel.channel())) {
      for (Event event : Event.values()) {
        if (event == Event.CLEARED && alert.clearedAt().isEmpty()) {
          continue;
        }
        try {
          if (Boolean.TRUE.equals(transactions.execute(tx -> send(channel, alert, event, now)))) {
            delivered++;
          }
        } catch (RuntimeException e) {
          log.warn(
              "Alert {} ({}) could not be sent by {}; next check tries again: {}",
              alert.kind(),
              alert.subject(),
              channel.channel(),
              e.getMessage());
          return delivered;
        }
      }
    }
    return delivered;
  }

  private boolean send(AlertChannel channel, Alert alert, Event event, OffsetDateTime now) {
    if (!alerts.claim(alert.id(), event, channel.channel(), now)) {
      return false;
    }
    channel.send(new AlertMessage(alert, event));
    log.info(
        "Alert {} ({}) {} sent by {}", alert.kind(), alert.subject(), event, channel.channel());
    return true;
  }
}
