package vn.nq57.sync.submission;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.nq57.sync.support.ResultPage;

/**
 * The operator's view of the outbox: submissions and items filtered by state, run, period, national
 * error code, task, source records and day, a page at a time; one item's whole history; the items
 * of an export.
 */
@Component
public class SubmissionSearch {

  /** The most items one export holds. */
  public static final int MAX_EXPORT = 100_000;

  private final SubmissionQueries submissions;
  private final ItemQueries items;

  SubmissionSearch(SubmissionQueries submissions, ItemQueries items) {
    this.submissions = submissions;
    this.items = items;
  }

  /** Submissions, newest first, with their items and history. */
  public ResultPage<SubmissionView> submissions(SubmissionFilter filter, int page, int size) {
    int limit = ResultPage.clampSize(size);
    return new ResultPage<>(
        submissions.page(filter, limit, ResultPage.offset(page, limit)),
        Math.max(page, 0),
        limit,
        submissions.count(filter));
  }

  /** One submission with its items and history. */
  public Optional<SubmissionView> submission(long id) {
    return submissions.find(id);
  }

  /** Items, newest first. */
  public ResultPage<ItemRow> items(SubmissionFilter filter, int page, int size) {
    int limit = ResultPage.clampSize(size);
    return new ResultPage<>(
        items.page(filter, limit, ResultPage.offset(page, limit)),
        Math.max(page, 0),
        limit,
        items.count(filter));
  }

  /** One item: the report as sent, the submission's attempts, the task's other revisions. */
  public Optional<ItemHistory> item(long itemId) {
    return items.history(itemId);
  }

  /** Hands the selected items, oldest first, to the sink (at most {@link #MAX_EXPORT}). */
  public void forEachItem(SubmissionFilter filter, Consumer<ItemRow> sink) {
    items.forEach(filter, MAX_EXPORT, sink);
  }

  /** The ids of the selected submissions, oldest first (at most max). */
  public List<Long> submissionIds(SubmissionFilter filter, int max) {
    return submissions.ids(filter, max);
  }
}
