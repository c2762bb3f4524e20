/**
 * Telling someone when the unattended sync needs a person: the conditions worth an alert
 * (credentials rejected, national side unreachable, submissions FAILED, periods OVERDUE, a source
 * failing repeatedly, delivery paused too long), the delivery health indicator, and the alert
 * messages by e-mail and JSON webhook, in Vietnamese and English, one per cause and one when it
 * clears. Owns the tables {@code alert} and {@code alert_message}. Reads national, submission, run
 * and scheduling through their public entry points; nothing calls it.
 */
@ApplicationModule(allowedDependencies = {"national", "run", "scheduling", "submission", "support"})
package vn.nq57.sync.alerting;

import org.springframework.modulith.ApplicationModule;
