package vn.nq57.sync.submission;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/**
 * One report item as the operator's lists and exports show it: the task, its revision, how it
 * stands, and why it failed or was rejected.
 *
 * @param itemId the item's id ({@code GET /api/items/{id}} shows its whole history)
 * @param submissionId the submission that carries it
 * @param runId the run that queued it
 * @param periodType the report's period type
 * @param periodId the report's period
 * @param submissionState how the submission stands
 * @param localRef the task's local reference
 * @param taskCode the national task code
 * @param revision the revision sent
 * @param state how the item stands
 * @param receiptNo the national receipt number (ACCEPTED)
 * @param errors the national errors (REJECTED), as the national system gave them
 * @param lastError the submission's last error (why it is FAILED or waiting)
 * @param createdAt when it was queued
 * @param acknowledgedAt when the national system judged it
 * @param sourceRecordId the stored source record it was mapped from
 * @param mappingVersionId the mapping version that produced it
 */
public record ItemRow(
    long itemId,
    long submissionId,
    long runId,
    String periodType,
    String periodId,
    SubmissionState submissionState,
    String localRef,
    String taskCode,
    int revision,
    ItemState state,
    String receiptNo,
    JsonNode errors,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime acknowledgedAt,
    long sourceRecordId,
    Long mappingVersionId) {}
