/**
 * The transactional outbox and the push: mapped items become submissions of at most 100 items,
 * written with their revisions in one transaction before anything is sent; the pusher claims due
 * submissions with row locks and posts them with their stored Idempotency-Key. Owns the operator
 * API on submissions. Calls national.
 */
package vn.nq57.sync.submission;
