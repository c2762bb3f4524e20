/**
 * When runs happen on their own: the Quartz scheduler (clustered on the database, so each schedule
 * fires once across instances) handed to Camel, and the scheduled run entry points the schedule
 * routes call. Calls run.
 */
package vn.nq57.sync.scheduling;
