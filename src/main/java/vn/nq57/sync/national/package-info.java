/**
 * The national NQ57 reporting API as the contract defines it: its data model, client-credentials
 * tokens and the HTTP calls (sent through the {@code national-api-call} Camel route). Knows nothing
 * of runs or the outbox; callers decide what to do with transient and permanent failures.
 */
package vn.nq57.sync.national;
