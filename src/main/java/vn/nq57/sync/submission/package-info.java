/**
 * The transactional outbox and the push: mapped items become submissions of at most 100 items,
 * written with their revisions in one transaction before anything is sent ({@code submission},
 * {@code submission_item}, {@code reported_task}); the pusher claims due submissions with row locks
 * and posts them with their stored Idempotency-Key, waiting (not failing) when the national side
 * asks and giving up by elapsed time; every attempt and replay ({@code submission_attempt}); the
 * kill switch ({@code delivery_control}), replay and the operator API on submissions and delivery.
 * All SQL on these tables is here; other modules go through {@link vn.nq57.sync.submission.Outbox}
 * (queue items), {@link vn.nq57.sync.submission.Acknowledgements} (record the national judgement)
 * and {@link vn.nq57.sync.submission.DeliveryTallies} (what became of a run's items) and {@link
 * vn.nq57.sync.submission.FailedSubmissions} (for health and alerts), {@link
 * vn.nq57.sync.submission.SubmissionSearch} (the operator's lists and item history) and {@link
 * vn.nq57.sync.submission.SubmissionReplay} (what a replay job re-queues). It may call national,
 * access (pauses, resumes and replays go to the audit log) and support.
 */
@ApplicationModule(allowedDependencies = {"access", "national", "support"})
package vn.nq57.sync.submission;

import org.springframework.modulith.ApplicationModule;
