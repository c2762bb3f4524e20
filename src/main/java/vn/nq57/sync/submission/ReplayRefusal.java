package vn.nq57.sync.submission;

/**
 * Why a submission cannot be replayed as asked.
 *
 * @param submissionId the id asked for
 * @param code UNKNOWN, NOT_FAILED, SUPERSEDED or NEWER_REVISION
 * @param reason what is wrong and what to do instead, in a sentence
 */
public record ReplayRefusal(long submissionId, String code, String reason) {}
