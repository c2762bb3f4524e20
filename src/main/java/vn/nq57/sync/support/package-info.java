/**
 * Cross-cutting infrastructure every module relies on: the database (embedded PostgreSQL by
 * default, an external server when {@code spring.datasource.url} is set), the injected {@link
 * java.time.Clock} in Vietnam time, SHA-256 hashing, HTTP security (accounts and their password
 * check, login throttle, cross-site and body-size refusals), problem details and the
 * transient/permanent failure hierarchy. It owns no table and may call no other module.
 */
@ApplicationModule(allowedDependencies = {})
package vn.nq57.sync.support;

import org.springframework.modulith.ApplicationModule;
