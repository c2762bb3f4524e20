/**
 * Reads the national acknowledgement of sent submissions, with a growing interval, and records each
 * item's receipt number or rejection errors against the exact item sent. It owns no table: it
 * claims and records through {@link vn.nq57.sync.submission.Acknowledgements}, asks the national
 * API through national, and may call only national, submission and support.
 */
@ApplicationModule(allowedDependencies = {"national", "submission", "support"})
package vn.nq57.sync.acknowledgement;

import org.springframework.modulith.ApplicationModule;
