package vn.nq57.sync.national;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rate budget in the database: one budget of {@code max-requests-per-minute} for all instances
 * on this database (polls, posts, token and catalogue calls alike), and one shared pause. A
 * transaction-scoped advisory lock makes taking a slot atomic across instances; each take commits
 * at once (a transaction of its own), so the lock is never held while a caller waits or sends.
 */
@Component
class SharedRateBudget implements RateBudget {

  private static final long LOCK = 0x6e71353772617465L; // "nq57rate"

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  SharedRateBudget(JdbcClient jdbc, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    // A slot is taken in a transaction of its own: the lock is held for the take only, never
    // across the caller's request or its wait, so another thread or instance that queued for the
    // lock does not judge the window with a time that went stale while it waited.
    this.transactions = new TransactionTemplate(transactions.getTransactionManager());
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public Optional<Duration> tryTake(Instant now, int perWindow, Duration window) {
    return transactions.execute(status -> take(at(now), perWindow, window));
  }

  private Optional<Duration> take(OffsetDateTime now, int perWindow, Duration window) {
    jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().singleRow();
    OffsetDateTime windowStart = now.minus(window);
    jdbc.sql("DELETE FROM national_request WHERE at <= :start")
        .param("start", windowStart)
        .update();
    Taken taken =
        jdbc.sql("SELECT count(*) AS taken, min(at) AS oldest FROM national_request")
            .query(
                (rs, n) ->
                    new Taken(rs.getInt("taken"), rs.getObject("oldest", OffsetDateTime.class)))
            .single();
    if (taken.count() >= perWindow) {
      return Optional.of(Duration.between(now, taken.oldest().plus(window)));
    }
    jdbc.sql("INSERT INTO national_request (at) VALUES (:now)").param("now", now).update();
    return Optional.empty();
  }

  @Override
  public Instant pausedUntil() {
    OffsetDateTime until =
        jdbc.sql("SELECT until FROM national_pause WHERE id = 1")
            .query(OffsetDateTime.class)
            .single();
    return until == null ? Instant.MIN : until.toInstant();
  }

  @Override
  public void pauseUntil(Instant until) {
    jdbc.sql("UPDATE national_pause SET until = GREATEST(until, :until) WHERE id = 1")
        .param("until", at(until))
        .update();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private record Taken(int count, OffsetDateTime oldest) {}
}
