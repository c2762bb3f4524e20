package vn.nq57.sync.national;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.nq57.sync.support.TransientFailureException;
import vn.nq57.sync.support.WaitRequestedException;

/**
 * Reads every page of a unit's catalogue through {@link NationalApiClient} (bounded answers, token
 * cache, shared rate budget). A 429/503 pause is waited out and the page asked for again, within
 * {@code nq57.catalogue.max-wait} in all; the pause is the shared one, so posts and polls wait too.
 */
@Component
class CatalogueReader {

  /** 100,000 tasks at the largest page size; more pages than this is a broken answer. */
  static final int MAX_PAGES = 200;

  private static final Duration WAIT_WITHOUT_RETRY_AFTER = Duration.ofSeconds(5);

  private final NationalApiClient client;
  private final int pageSize;
  private final Duration maxWait;
  private final RequestPacer.Sleeper sleeper;

  @Autowired
  CatalogueReader(NationalApiClient client, CatalogueProperties properties) {
    this(client, properties, RequestPacer.Sleeper.THREAD);
  }

  CatalogueReader(
      NationalApiClient client, CatalogueProperties properties, RequestPacer.Sleeper sleeper) {
    this.client = client;
    this.pageSize = properties.pageSize();
    this.maxWait = properties.maxWait();
    this.sleeper = sleeper;
  }

  /** Every task of the unit, by task code, and how many requests it took. */
  Read readAll(String unitCode) {
    Map<String, CatalogueTask> tasks = new LinkedHashMap<>();
    Counter counter = new Counter();
    int totalPages = 1;
    for (int page = 0; page < totalPages; page++) {
      CataloguePage answer = page(unitCode, page, counter);
      totalPages = checked(answer, page);
      for (CatalogueTask task : answer.items()) {
        tasks.put(checked(task, page).taskCode(), task);
      }
    }
    return new Read(new ArrayList<>(tasks.values()), counter.requests);
  }

  private CataloguePage page(String unitCode, int page, Counter counter) {
    while (true) {
      try {
        counter.requests++;
        return client.cataloguePage(unitCode, page, pageSize);
      } catch (WaitRequestedException wait) {
        Duration pause = wait.retryAfter().orElse(WAIT_WITHOUT_RETRY_AFTER);
        if (counter.waited.plus(pause).compareTo(maxWait) > 0) {
          throw wait;
        }
        counter.waited = counter.waited.plus(pause);
        sleeper.sleep(pause);
      }
    }
  }

  private static int checked(CataloguePage answer, int page) {
    if (answer.page() == null || answer.totalPages() == null || answer.items() == null) {
      throw malformed("page " + page + " lacks page, totalPages or items");
    }
    if (answer.page() != page) {
      throw malformed("asked for page " + page + ", got page " + answer.page());
    }
    if (answer.totalPages() < 0 || answer.totalPages() > MAX_PAGES) {
      throw malformed("totalPages " + answer.totalPages() + " is out of range");
    }
    return answer.totalPages();
  }

  private static CatalogueTask checked(CatalogueTask task, int page) {
    if (blank(task.taskCode()) || blank(task.title()) || blank(task.assignedUnitCode())) {
      throw malformed("a task of page " + page + " lacks taskCode, title or assignedUnitCode");
    }
    if (task.taskCode().length() > 64) {
      throw malformed("task code " + task.taskCode() + " is longer than 64 characters");
    }
    return task;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static TransientFailureException malformed(String what) {
    return new TransientFailureException("the national catalogue answer is malformed: " + what);
  }

  /** Every task read and the number of catalogue requests made. */
  record Read(List<CatalogueTask> tasks, int requests) {}

  private static final class Counter {
    int requests;
    Duration waited = Duration.ZERO;
  }
}
