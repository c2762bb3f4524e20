/**
 * A built-in, in-memory sandbox of the national NQ57 reporting API, served under {@code
 * /sandbox/nq57} when {@code nq57.sandbox.enabled=true}, so that demo mode can report without the
 * real national system. It follows the contract in {@code nq57-api/openapi.yaml}, owns no table and
 * may call no other module; other code reaches it only over HTTP or through {@link
 * vn.nq57.sync.sandbox.SandboxApi} (maintenance switch and read-only checks for tests and demos).
 */
@ApplicationModule(allowedDependencies = {})
package vn.nq57.sync.sandbox;

import org.springframework.modulith.ApplicationModule;
