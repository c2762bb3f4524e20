package vn.nq57.sync.operations;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.submission.SubmissionFilter;
import vn.nq57.sync.submission.SubmissionSearch;
import vn.nq57.sync.submission.SubmissionState;

/**
 * The submissions a replay request selects, oldest first so that each task's revisions go out in
 * order: the ids given, or the FAILED ones of a run or a filter.
 */
@Component
class ReplaySelection {

  private final SubmissionSearch search;
  private final SourceRecordRepository records;

  ReplaySelection(SubmissionSearch search, SourceRecordRepository records) {
    this.search = search;
    this.records = records;
  }

  List<Long> ids(ReplayRequest request) {
    if (request.submissionIds() != null && !request.submissionIds().isEmpty()) {
      return request.submissionIds().stream().distinct().sorted().toList();
    }
    if (request.runId() != null) {
      return failed(
          new SubmissionFilter(
              SubmissionState.FAILED,
              null,
              request.runId(),
              null,
              null,
              null,
              null,
              null,
              null,
              null));
    }
    ReplayRequest.Filter f = request.filter();
    return failed(
        new SubmissionFilter(
            SubmissionState.FAILED,
            f.itemState(),
            null,
            f.periodType(),
            f.periodId(),
            f.nationalCode(),
            f.task(),
            f.source() == null ? null : records.idsOf(f.source()),
            f.from(),
            f.to()));
  }

  private List<Long> failed(SubmissionFilter filter) {
    return search.submissionIds(filter, ReplayRequest.MAX_SELECTED);
  }
}
