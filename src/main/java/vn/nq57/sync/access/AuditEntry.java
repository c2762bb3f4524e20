package vn.nq57.sync.access;

import java.time.OffsetDateTime;

/**
 * One line of the audit log.
 *
 * @param id its place in the log (ascending)
 * @param at when (Vietnam time)
 * @param actor who: a user name, {@code configuration}, {@code system}, or the name a failed login
 *     tried
 * @param action what
 * @param subject what it was done to (a submission, a replay job, a mapping, a user), if anything
 * @param detail why, or what it produced
 */
public record AuditEntry(
    long id, OffsetDateTime at, String actor, AuditAction action, String subject, String detail) {}
