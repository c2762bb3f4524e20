package vn.nq57.sync.run;

import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shows how many rows a running run has read: on the run ({@code pulled} of {@code GET
 * /api/runs/{id}} while RUNNING), written in its own transaction so that it is visible while the
 * rows themselves wait for the end of the file, and in the log every {@link #LOG_EVERY} rows.
 */
@Component
class RunProgress {

  static final int LOG_EVERY = 10_000;
  private static final Logger log = LoggerFactory.getLogger(RunProgress.class);

  private final RunRepository runs;
  private final TransactionTemplate ownTransaction;

  RunProgress(RunRepository runs, PlatformTransactionManager transactions) {
    this.runs = runs;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** A callback taking the rows read so far from what (a file or source name). */
  IntConsumer of(long runId, String what) {
    int[] logged = {0};
    return rows -> {
      ownTransaction.executeWithoutResult(status -> runs.progress(runId, rows));
      if (rows / LOG_EVERY > logged[0] / LOG_EVERY) {
        log.info("Run {}: {} rows read from {} so far", runId, rows, what);
      }
      logged[0] = rows;
    };
  }
}
