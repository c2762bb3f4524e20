package vn.nq57.sync.run;

/**
 * What a run did before delivery: records pulled, mapped, left out as unchanged, parked, queued.
 */
record RunCounts(int pulled, int mapped, int unchanged, int parked, int queued) {

  static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0);

  /** These mapping counts with what the pull read and parked before mapping. */
  RunCounts withPull(PullCounts pull) {
    return new RunCounts(pull.pulled(), mapped, unchanged, parked + pull.parked(), queued);
  }
}
