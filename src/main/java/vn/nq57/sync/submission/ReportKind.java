package vn.nq57.sync.submission;

/**
 * The two reports of the national contract, each with its own endpoint: task status and KPI
 * indicator values. Submissions and runs carry their kind ({@code submission.kind}, {@code
 * sync_run.kind}).
 */
public enum ReportKind {
  TASK_REPORT,
  INDICATOR_REPORT
}
