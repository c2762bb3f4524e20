package vn.nq57.sync.access;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.nq57.sync.support.ResultPage;
import vn.nq57.sync.support.TableExport;
import vn.nq57.sync.support.VietnamTime;

/**
 * The append-only audit log: every replay, pause and resume, mapping change, user change and failed
 * login, with who, when, what and why. {@link #record} joins the caller's transaction, so an entry
 * is kept exactly when the change it describes is; the database refuses to change or delete an
 * entry (a trigger), so nobody can rewrite what happened.
 */
@Service
public class Audit {

  /** The most entries one CSV export holds. */
  static final int MAX_EXPORT = 100_000;

  private static final int MAX_TEXT = 2000;
  private static final String WHERE =
      """
       WHERE (CAST(:actor AS TEXT) IS NULL OR actor = :actor)
         AND (CAST(:action AS TEXT) IS NULL OR action = :action)
         AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR at >= :from)
         AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR at < :to)
      """;

  private final JdbcClient jdbc;
  private final Clock clock;

  Audit(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Writes one entry, now.
   *
   * @param actor who did it (a user name; {@code system} for the adapter itself)
   * @param action what
   * @param subject what it was done to, or null
   * @param detail why or what came of it, or null; never a password or secret
   */
  public void record(String actor, AuditAction action, String subject, String detail) {
    jdbc.sql(
            "INSERT INTO audit_entry (at, actor, action, subject, detail)"
                + " VALUES (:at, :actor, :action, :subject, :detail)")
        .param("at", VietnamTime.now(clock))
        .param("actor", printable(actor == null ? "unknown" : actor, 200))
        .param("action", action.name())
        .param("subject", subject == null ? null : printable(subject, 500))
        .param("detail", detail == null ? null : printable(detail, MAX_TEXT))
        .update();
  }

  /** One page of the entries the filter selects, newest first. */
  public ResultPage<AuditEntry> find(AuditFilter filter, int page, int size) {
    int limit = ResultPage.clampSize(size);
    long total =
        bind(jdbc.sql("SELECT count(*) FROM audit_entry" + WHERE), filter)
            .query(Long.class)
            .single();
    List<AuditEntry> entries =
        bind(
                jdbc.sql(
                    "SELECT * FROM audit_entry"
                        + WHERE
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset"),
                filter)
            .param("limit", limit)
            .param("offset", ResultPage.offset(page, limit))
            .query(Audit::entry)
            .list();
    return new ResultPage<>(entries, Math.max(page, 0), limit, total);
  }

  /** Writes the selected entries (at most 100,000, newest first) as Excel-safe CSV. */
  public void exportCsv(AuditFilter filter, OutputStream out) {
    try (Stream<AuditEntry> entries =
        bind(
            jdbc.sql("SELECT * FROM audit_entry" + WHERE + " ORDER BY id DESC LIMIT :limit"),
            filter)
            .param("limit", MAX_EXPORT)
            .query(Audit::entry)
            .stream()) {
      Iterable<List<String>> rows = () -> entries.map(Audit::row).iterator();
      TableExport.csv(List.of("id", "at", "actor", "action", "subject", "detail"), rows, out);
    }
  }

  private static List<String> row(AuditEntry e) {
    return List.of(
        Long.toString(e.id()),
        e.at().toString(),
        e.actor(),
        e.action().name(),
        e.subject() == null ? "" : e.subject(),
        e.detail() == null ? "" : e.detail());
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AuditFilter f) {
    return sql.param("actor", f.actor())
        .param("action", f.action() == null ? null : f.action().name())
        .param("from", startOf(f.from()))
        .param("to", f.to() == null ? null : startOf(f.to().plusDays(1)));
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
  }

  private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getObject("at", OffsetDateTime.class)
            .atZoneSameInstant(VietnamTime.ZONE)
            .toOffsetDateTime(),
        rs.getString("actor"),
        AuditAction.valueOf(rs.getString("action")),
        rs.getString("subject"),
        rs.getString("detail"));
  }

  /** No control characters (a guessed user name may carry line breaks), and not too long. */
  private static String printable(String text, int max) {
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > max ? clean.substring(0, max) + "…" : clean;
  }
}
