package vn.nq57.sync.run;

/**
 * What a run did with one source: PULLED (read now), STORED (its stored records were mapped without
 * reading it) or FAILED (it could not be read; its stored records were kept as they were).
 */
public enum SourceOutcome {
  PULLED,
  STORED,
  FAILED
}
