/**
 * A sync run: pulls the sources (a dropped file, or every REST and SQL source from its watermark),
 * keys and stores their records with a content hash, maps them with each source's mapping, parks
 * what cannot be mapped and hands the rest to the outbox. A source that cannot be read is recorded
 * FAILED on the run while the others go on. Owns runs, per-run source outcomes, reporting periods
 * and the operator API on runs and parked records. Calls source, mapping and submission.
 */
package vn.nq57.sync.run;
