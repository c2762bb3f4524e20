package vn.nq57.sync.submission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nq57.sync.support.VietnamTime;

/** The WHERE clause of a {@link SubmissionFilter} over {@code submission s}, and its parameters. */
final class FilterSql {

  /** Conditions on the submission {@code s}; an item condition asks for one matching item. */
  static final String WHERE =
      """
       WHERE (CAST(:state AS TEXT) IS NULL OR s.state = :state)
         AND (CAST(:run AS BIGINT) IS NULL OR s.run_id = :run)
         AND (CAST(:periodType AS TEXT) IS NULL OR s.period_type = :periodType)
         AND (CAST(:periodId AS TEXT) IS NULL OR s.period_id = :periodId)
         AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR s.created_at >= :from)
         AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR s.created_at < :to)
         AND (CAST(:code AS TEXT) IS NULL
              OR EXISTS (SELECT 1 FROM submission_attempt a
                         WHERE a.submission_id = s.id AND a.national_code = :code)
              OR EXISTS (SELECT 1 FROM submission_item c WHERE c.submission_id = s.id
                         AND jsonb_path_exists(c.errors, '$[*] ? (@.code == $c)',
                                               jsonb_build_object('c', CAST(:code AS TEXT)))))
      """;

  /** Conditions on the item {@code i}. */
  static final String ITEM =
      """
         AND (CAST(:itemState AS TEXT) IS NULL OR i.state = :itemState)
         AND (CAST(:task AS TEXT) IS NULL OR i.task_code = :task OR i.local_ref = :task)
         AND (CAST(:records AS TEXT) IS NULL
              OR i.source_record_id = ANY (CAST(string_to_array(:records, ',') AS BIGINT[])))
      """;

  /** The item conditions for a submission list: one item of s must match them. */
  static final String ANY_ITEM =
      " AND (CAST(:itemState AS TEXT) IS NULL AND CAST(:task AS TEXT) IS NULL"
          + " AND CAST(:records AS TEXT) IS NULL"
          + " OR EXISTS (SELECT 1 FROM submission_item i WHERE i.submission_id = s.id "
          + ITEM
          + "))";

  private FilterSql() {}

  static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, SubmissionFilter f) {
    return sql.param("state", f.state() == null ? null : f.state().name())
        .param("run", f.runId())
        .param("periodType", f.periodType())
        .param("periodId", f.periodId())
        .param("from", startOf(f.from()))
        .param("to", f.to() == null ? null : startOf(f.to().plusDays(1)))
        .param("code", f.nationalCode())
        .param("itemState", f.itemState() == null ? null : f.itemState().name())
        .param("task", f.task())
        .param("records", records(f));
  }

  /** The source records as "1,2,3"; "-1" (no record) for an empty list, so it matches nothing. */
  private static String records(SubmissionFilter f) {
    if (f.sourceRecordIds() == null) {
      return null;
    }
    return f.sourceRecordIds().isEmpty()
        ? "-1"
        : f.sourceRecordIds().stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
  }
}
