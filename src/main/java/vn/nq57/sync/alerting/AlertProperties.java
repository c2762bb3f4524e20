package vn.nq57.sync.alerting;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the adapter calls for a person, and how. Alerts are off until {@code mail.to} or {@code
 * webhook.url} is set; health reflects the same conditions either way.
 *
 * @param checkInterval how often the conditions are looked at
 * @param nationalUnreachableAfter how long every national call may fail in transport or with 5xx
 *     before it is an alert (a maintenance window shorter than this is not)
 * @param sourceFailingAfter how many pulls of a source in a row must fail before it is an alert
 * @param pausedTooLong how long delivery may stay paused (the kill switch) before it is an alert
 * @param mail alert e-mails (the server is configured with {@code spring.mail.*})
 * @param webhook a JSON webhook that receives every alert message
 */
@ConfigurationProperties("nq57.alerts")
record AlertProperties(
    @DefaultValue("1m") Duration checkInterval,
    @DefaultValue("30m") Duration nationalUnreachableAfter,
    @DefaultValue("3") int sourceFailingAfter,
    @DefaultValue("4h") Duration pausedTooLong,
    @DefaultValue Mail mail,
    @DefaultValue Webhook webhook) {

  /**
   * @param to recipients of alert e-mails; empty: no e-mail
   * @param from the sender address
   */
  record Mail(List<String> to, @DefaultValue("nq57-sync@localhost") String from) {

    Mail {
      to = to == null ? List.of() : List.copyOf(to);
    }

    boolean enabled() {
      return !to.isEmpty();
    }
  }

  /**
   * @param url where alert messages are POSTed as JSON; empty: no webhook
   * @param timeout the whole call's deadline
   */
  record Webhook(URI url, @DefaultValue("10s") Duration timeout) {

    boolean enabled() {
      return url != null && !url.toString().isBlank();
    }
  }
}
