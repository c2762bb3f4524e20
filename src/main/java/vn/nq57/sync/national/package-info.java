/**
 * The national NQ57 reporting API as the contract defines it: its data model ({@link
 * vn.nq57.sync.national.TaskReport}, {@link vn.nq57.sync.national.SubmissionStatus}),
 * client-credentials tokens, pacing under the contract's rate limit, and the HTTP calls (sent
 * through the {@code national-api-call} Camel route) with their failures classified. It owns no
 * table, knows nothing of runs or the outbox, and may call only support; callers decide what to do
 * with transient and permanent failures.
 */
@ApplicationModule(allowedDependencies = "support")
package vn.nq57.sync.national;

import org.springframework.modulith.ApplicationModule;
