/**
 * When runs happen on their own, and whether their reports arrive in time. Owns the Quartz
 * scheduler (clustered on the database, so each schedule fires once across instances) handed to
 * Camel; the five schedules (nq57.schedules: daily, weekly, monthly, quarterly, yearly) and their
 * run entry points, which claim each period once in {@code schedule_claim}; the catch-up of a fire
 * missed during a downtime; and the due-time check with its warning, gauge and operator API {@code
 * GET /api/periods}. Calls run (to start runs) and reads the run and outbox tables.
 */
package vn.nq57.sync.scheduling;
