package vn.nq57.sync.submission;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.nq57.sync.access.Audit;
import vn.nq57.sync.access.AuditAction;
import vn.nq57.sync.support.VietnamTime;

/**
 * The kill switch, kept in the database so that it holds across restarts and for every instance:
 * while paused nothing is sent; submissions wait in the outbox and acknowledgements are still read.
 */
@Component
public class DeliveryControl {

  private static final Logger log = LoggerFactory.getLogger(DeliveryControl.class);

  private final JdbcClient jdbc;
  private final Audit audit;
  private final Clock clock;

  DeliveryControl(JdbcClient jdbc, Audit audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  public State state() {
    return jdbc.sql(
            "SELECT paused, reason, changed_by, changed_at FROM delivery_control WHERE id = 1")
        .query(
            (rs, n) ->
                new State(
                    rs.getBoolean("paused"),
                    rs.getString("reason"),
                    rs.getString("changed_by"),
                    rs.getObject("changed_at", OffsetDateTime.class)))
        .single();
  }

  public boolean isPaused() {
    return state().paused();
  }

  /** Stops sending, for every instance; written to the audit log with who and why. */
  @Transactional
  public State pause(String by, String reason) {
    set(true, by, reason);
    audit.record(by, AuditAction.DELIVERY_PAUSED, "delivery", reason);
    log.warn("Delivery PAUSED by {}: {}", by, reason);
    return state();
  }

  /** Sends again; written to the audit log with who and why. */
  @Transactional
  public State resume(String by, String reason) {
    set(false, by, reason);
    audit.record(by, AuditAction.DELIVERY_RESUMED, "delivery", reason);
    log.warn("Delivery resumed by {}: {}", by, reason);
    return state();
  }

  private void set(boolean paused, String by, String reason) {
    jdbc.sql(
            "UPDATE delivery_control SET paused = :paused, reason = :reason, changed_by = :by,"
                + " changed_at = :now WHERE id = 1")
        .param("paused", paused)
        .param("reason", reason)
        .param("by", by)
        .param("now", VietnamTime.now(clock))
        .update();
  }

  /** Whether sending is paused, why, by whom and since when. */
  public record State(boolean paused, String reason, String changedBy, OffsetDateTime changedAt) {}
}
