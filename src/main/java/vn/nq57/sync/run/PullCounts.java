package vn.nq57.sync.run;

/** What one pull took in: records read (good or not) and how many of them were parked. */
record PullCounts(int pulled, int parked) {

  static final PullCounts NONE = new PullCounts(0, 0);

  PullCounts plus(PullCounts other) {
    return new PullCounts(pulled + other.pulled, parked + other.parked);
  }

  /** The same pull with more records parked that it did not read (tasks missing from a file). */
  PullCounts plusParked(int more) {
    return new PullCounts(pulled, parked + more);
  }
}
