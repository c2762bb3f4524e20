/**
 * Operator work across the pipeline: replay jobs ({@code replay_job}, {@code replay_job_entry},
 * {@code /api/replays}) that resend FAILED submissions as they are or re-map their tasks from the
 * stored source records with the active mapping, paced into the outbox and audited; the item list
 * and item history ({@code /api/items}) with the source record behind each item; and the exports of
 * failures and parked rows as Excel-safe CSV and XLSX. Entry point for the console: {@link
 * vn.nq57.sync.operations.ReplayJobs} and {@link vn.nq57.sync.operations.OperatorExports}. It may
 * call access, mapping, mappingstore, national, run, source, submission and support.
 */
@ApplicationModule(
    allowedDependencies = {
      "access",
      "mapping",
      "mappingstore",
      "national",
      "run",
      "source",
      "submission",
      "support"
    })
package vn.nq57.sync.operations;

import org.springframework.modulith.ApplicationModule;
