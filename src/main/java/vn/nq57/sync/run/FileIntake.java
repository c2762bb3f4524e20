package vn.nq57.sync.run;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nq57.sync.mapping.TaskMapping;
import vn.nq57.sync.source.ConfiguredSource;
import vn.nq57.sync.source.DroppedFile;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SpreadsheetDrops;
import vn.nq57.sync.support.PermanentFailureException;
import vn.nq57.sync.support.VietnamTime;

/**
 * Reads a dropped file whole or not at all: its rows and parks are stored in one database
 * transaction, committed only when the file was read to its end and is still the file that was
 * looked at before (size, time, identity, fingerprint). A file that fails half-way leaves nothing;
 * a file that changed while it was read is read again whole, at most {@link #MAX_READS} times.
 */
@Component
class FileIntake {

  static final int MAX_READS = 3;
  private static final Logger log = LoggerFactory.getLogger(FileIntake.class);

  private final SpreadsheetDrops drops;
  private final SourceRecordRepository records;
  private final RunRepository runs;
  private final RunProgress progress;
  private final TransactionTemplate oneTransaction;
  private final Clock clock;

  FileIntake(
      SpreadsheetDrops drops,
      SourceRecordRepository records,
      RunRepository runs,
      RunProgress progress,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.drops = drops;
    this.records = records;
    this.runs = runs;
    this.progress = progress;
    this.oneTransaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** What a whole read stored, and the file as it was read (its fingerprint is the one read). */
  record FileRead(PullCounts counts, DroppedFile file) {}

  FileRead read(long runId, ConfiguredSource source, DroppedFile dropped, TaskMapping mapping) {
    DroppedFile current = dropped;
    for (int read = 1; ; read++) {
      DroppedFile reading = current;
      try {
        return oneTransaction.execute(status -> readWhole(runId, source, reading, mapping));
      } catch (FileChanged changed) {
        if (read == MAX_READS) {
          throw new PermanentFailureException(
              "FILE_CHANGING",
              reading.name()
                  + " changed while it was read, "
                  + MAX_READS
                  + " times; nothing of it was stored. Write the file under a temporary name"
                  + " (.tmp) and rename it into the inbox when complete");
        }
        log.warn(
            "Run {}: {} changed while it was read ({} bytes, now {}); discarded what was read,"
                + " reading it again whole",
            runId,
            reading.name(),
            reading.size(),
            changed.now.size());
        current = changed.now;
      }
    }
  }

  private FileRead readWhole(
      long runId, ConfiguredSource source, DroppedFile file, TaskMapping mapping) {
    RecordIntake intake =
        new RecordIntake(
            runId,
            mapping,
            true,
            records,
            runs,
            VietnamTime.now(clock),
            progress.of(runId, file.name()));
    drops.read(file, source, mapping.keyHeaders(), mapping.sourceHeaders(), intake::accept);
    intake.finish();
    Optional<DroppedFile> now = drops.changedSince(source, file);
    if (now.isPresent()) {
      throw new FileChanged(now.get());
    }
    return new FileRead(intake.counts(), file);
  }

  /** Rolls the transaction back: the file is no longer what was read. */
  private static final class FileChanged extends RuntimeException {

    private final transient DroppedFile now;

    FileChanged(DroppedFile now) {
      super("changed while read", null, false, false);
      this.now = now;
    }
  }
}
