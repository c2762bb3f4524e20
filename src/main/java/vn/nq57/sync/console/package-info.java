/**
 * The web console for the staff who run the sync: server-rendered pages (Thymeleaf, Vietnamese by
 * default, English with {@code ?lang=en}) under {@code /console}, with their own form login and
 * CSRF tokens next to the HTTP basic API. Viewers read the dashboard, failures, parked rows and
 * submissions; operators also replay and pause delivery; admins also edit, preview, activate and
 * roll back mappings, resolve unmapped values, confirm crosswalk proposals and read the audit log.
 * Replays go through the replay jobs of operations, which write them to the audit log. It owns no
 * table and calls the public entry points of access, alerting, mapping, mappingstore, operations,
 * run, scheduling, submission and support; nothing calls it.
 */
@ApplicationModule(
    allowedDependencies = {
      "access",
      "alerting",
      "mapping",
      "mappingstore",
      "operations",
      "run",
      "scheduling",
      "submission",
      "support"
    })
package vn.nq57.sync.console;

import org.springframework.modulith.ApplicationModule;
