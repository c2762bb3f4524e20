/**
 * A sync run: pulls a source's records, keys and stores them with a content hash, maps them with
 * the active mapping, parks what cannot be mapped and hands the rest to the outbox. Owns runs,
 * reporting periods and the operator API on runs. Calls source, mapping and submission.
 */
package vn.nq57.sync.run;
