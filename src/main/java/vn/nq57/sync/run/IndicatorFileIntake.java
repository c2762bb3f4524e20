package vn.nq57.sync.run;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nq57.sync.mapping.IndicatorMapping;
import vn.nq57.sync.source.ConfiguredSource;
import vn.nq57.sync.source.DroppedFile;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SpreadsheetDrops;
import vn.nq57.sync.support.PermanentFailureException;
import vn.nq57.sync.support.VietnamTime;

/**
 * Reads a dropped indicator sheet whole or not at all: its values and parks are stored in one
 * transaction, committed only when the file was read to its end and did not change meanwhile (a
 * file that changed is refused with FILE_CHANGING; drop it again under a temporary name).
 */
@Component
class IndicatorFileIntake {

  private final SpreadsheetDrops drops;
  private final SourceRecordRepository records;
  private final RunRepository runs;
  private final TransactionTemplate oneTransaction;
  private final Clock clock;

  IndicatorFileIntake(
      SpreadsheetDrops drops,
      SourceRecordRepository records,
      RunRepository runs,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.drops = drops;
    this.records = records;
    this.runs = runs;
    this.oneTransaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  PullCounts read(long runId, ConfiguredSource source, DroppedFile file, IndicatorMapping mapping) {
    return oneTransaction.execute(
        status -> {
          IndicatorIntake intake =
              new IndicatorIntake(runId, mapping, true, records, runs, VietnamTime.now(clock));
          // An indicator mapping names each key column one way (no aliases).
          List<List<String>> keyHeaders = mapping.keyFields().stream().map(List::of).toList();
          drops.read(file, source, keyHeaders, mapping.sourceFields(), intake::accept);
          intake.flush();
          if (drops.changedSince(source, file).isPresent()) {
            throw new PermanentFailureException(
                "FILE_CHANGING",
                file.name()
                    + " changed while it was read; nothing of it was stored. Write the file under"
                    + " a temporary name (.tmp) and rename it into the inbox when complete");
          }
          return intake.counts();
        });
  }
}
