package vn.nq57.sync.submission;

/**
 * What the outbox needs of any item it queues, whatever its kind: the source record it came from,
 * the key its revisions grow under, its national code and the mapping version that produced it.
 */
sealed interface Outbound permits OutboundItem, OutboundIndicator {

  long sourceRecordId();

  /** The key revisions grow under ({@code reported_task.local_ref}). */
  String localRef();

  /** The national task code, or null for an indicator. */
  String taskCode();

  /** The national indicator code, or null for a task. */
  String indicatorCode();

  Long mappingVersionId();
}
