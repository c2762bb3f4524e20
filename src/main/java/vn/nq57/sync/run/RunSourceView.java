package vn.nq57.sync.run;

/** One source of a run as the operator sees it; errorCode and error are set when it FAILED. */
public record RunSourceView(
    String sourceId,
    String kind,
    SourceOutcome outcome,
    int pulled,
    int parked,
    String errorCode,
    String error) {}
