/**
 * Cross-cutting infrastructure every feature relies on: the database (embedded PostgreSQL by
 * default, an external server when {@code spring.datasource.url} is set), the injected {@link
 * java.time.Clock} in Vietnam time, JSON, HTTP security (accounts and their password check, login
 * throttle, cross-site and body-size refusals) and problem details. Calls no feature package.
 */
package vn.nq57.sync.support;
