package vn.nq57.sync.alerting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alert ledger: which causes are open, and which messages were delivered on which channel. */
@Repository
public class AlertRepository {

  private final JdbcClient jdbc;

  AlertRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Opens an alert for the cause unless one is open already (also on another instance). */
  boolean raise(Cause cause, OffsetDateTime now) {
    return jdbc.sql(
                """
            INSERT INTO alert (cause_key, kind, subject, detail, raised_at)
            VALUES (:key, :kind, :subject, :detail, :now)
            ON CONFLICT (cause_key) WHERE cleared_at IS NULL DO NOTHING""")
            .param("key", cause.key())
            .param("kind", cause.kind().name())
            .param("subject", cause.subject())
            .param("detail", cause.detail())
            .param("now", now)
            .update()
        == 1;
  }

  /** Clears every open alert whose cause no longer holds. */
  void clearAllBut(List<String> holding, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE alert SET cleared_at = :now
            WHERE cleared_at IS NULL AND NOT (cause_key = ANY (:holding))""")
        .param("now", now)
        .param("holding", holding.toArray(String[]::new))
        .update();
  }

  /** Alerts with a message not yet delivered on the channel, oldest first. */
  List<Alert> undelivered(Channel channel) {
    return jdbc.sql(
            """
            SELECT a.* FROM alert a
            WHERE NOT EXISTS (SELECT FROM alert_message m WHERE m.alert_id = a.id
                              AND m.channel = :channel AND m.event = 'RAISED')
               OR (a.cleared_at IS NOT NULL
                   AND NOT EXISTS (SELECT FROM alert_message m WHERE m.alert_id = a.id
                                   AND m.channel = :channel AND m.event = 'CLEARED'))
            ORDER BY a.id""")
        .param("channel", channel.name())
        .query(AlertRepository::alert)
        .list();
  }

  /**
   * Claims the message for this instance: true once per alert, event and channel. Called in the
   * transaction that sends it, so a failed send gives the claim back.
   */
  boolean claim(long alertId, Event event, Channel channel, OffsetDateTime now) {
    return jdbc.sql(
                """
                INSERT INTO alert_message (alert_id, event, channel, sent_at)
                VALUES (:id, :event, :channel, :now) ON CONFLICT DO NOTHING""")
            .param("id", alertId)
            .param("event", event.name())
            .param("channel", channel.name())
            .param("now", now)
            .update()
        == 1;
  }

  /** Open alerts, and those cleared within the last day, newest first. */
  public List<Alert> recent(OffsetDateTime since) {
    return jdbc.sql(
            """
            SELECT * FROM alert WHERE cleared_at IS NULL OR cleared_at >= :since
            ORDER BY raised_at DESC, id DESC LIMIT 200""")
        .param("since", since)
        .query(AlertRepository::alert)
        .list();
  }

  private static Alert alert(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Alert(
        rs.getLong("id"),
        AlertKind.valueOf(rs.getString("kind")),
        rs.getString("subject"),
        rs.getString("detail"),
        rs.getObject("raised_at", OffsetDateTime.class),
        Optional.ofNullable(rs.getObject("cleared_at", OffsetDateTime.class)));
  }

  /** A message is about an alert being raised or cleared. */
  enum Event {
    RAISED,
    CLEARED
  }

  /** Where a message goes. */
  enum Channel {
    MAIL,
    WEBHOOK
  }

  /** One occurrence of a cause. */
  public record Alert(
      long id,
      AlertKind kind,
      String subject,
      String detail,
      OffsetDateTime raisedAt,
      Optional<OffsetDateTime> clearedAt) {}
}
