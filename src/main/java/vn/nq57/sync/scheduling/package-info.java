/**
 * When runs happen on their own, and whether their reports arrive in time. Owns the Quartz
 * scheduler (clustered on the database, {@code QRTZ_*}, so each schedule fires once across
 * instances) handed to Camel; the schedules (nq57.schedules: daily, weekly, monthly, quarterly,
 * yearly of task reports; indicators-monthly, indicators-quarterly of indicator reports) and their
 * run entry points, which claim each period once ({@code schedule_registration}, {@code
 * schedule_claim}); the catch-up of a fire missed during a downtime; and the due-time check with
 * its warning ({@code schedule_overdue_warning}), gauge and operator API {@code GET /api/periods}.
 * It may call run (to start runs and read the runs of a period), submission (what became of their
 * items) and support.
 */
@ApplicationModule(allowedDependencies = {"run", "submission", "support"})
package vn.nq57.sync.scheduling;

import org.springframework.modulith.ApplicationModule;
