/**
 * A sync run: pulls the sources (a dropped file, or every REST and SQL source from its watermark
 * through source), keys and stores their records with a content hash, maps them with each source's
 * active mapping version (from mappingstore), parks what cannot be mapped and hands the rest to the
 * outbox of submission; beside it, runs of the indicator report ({@link
 * vn.nq57.sync.run.IndicatorRuns}) do the same for the indicator sources with indicator mappings. A
 * source that cannot be read is recorded FAILED on the run while the others go on. Owns runs
 * ({@code sync_run}), per-run source outcomes ({@code run_source}), parked records ({@code
 * parked_record}), reporting periods and the operator API on runs and parked records; {@link
 * vn.nq57.sync.run.RunQueries} reads runs for others. It may call mapping, mappingstore, national,
 * source, submission and support.
 */
@ApplicationModule(
    allowedDependencies = {
      "mapping",
      "mappingstore",
      "national",
      "source",
      "submission",
      "support"
    })
package vn.nq57.sync.run;

import org.springframework.modulith.ApplicationModule;
