/**
 * Who may do what, and what they did: the users of the operator API and console ({@code app_user},
 * bcrypt hashes, roles VIEWER &lt; OPERATOR &lt; ADMIN, seeded from the configured accounts), the
 * {@link org.springframework.security.core.userdetails.UserDetailsService} every login chain uses,
 * the admin API {@code /api/users}, and the append-only audit log ({@code audit_entry}, {@code
 * /api/audit}) that other modules write through {@link vn.nq57.sync.access.Audit}. Entry points:
 * {@link vn.nq57.sync.access.Users} and {@link vn.nq57.sync.access.Audit}. It may call support
 * only.
 */
@ApplicationModule(allowedDependencies = {"support"})
package vn.nq57.sync.access;

import org.springframework.modulith.ApplicationModule;
