package vn.nq57.sync.national;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.nq57.sync.national.CatalogueRepository.Refresh;
import vn.nq57.sync.support.TransientFailureException;
import vn.nq57.sync.support.VietnamTime;

/**
 * The national task catalogue of the reporting unit, cached in the database: read whole on its
 * schedule or on demand ({@link CatalogueReader}, within the shared rate budget), and handed to the
 * mappings and the crosswalk proposals. A failed refresh keeps the catalogue read before it.
 */
@Service
public class NationalCatalogue {

  private static final Logger log = LoggerFactory.getLogger(NationalCatalogue.class);

  private final CatalogueReader reader;
  private final CatalogueRepository repository;
  private final String unitCode;
  private final Clock clock;
  private TaskCatalogue cached;

  NationalCatalogue(
      CatalogueReader reader,
      CatalogueRepository repository,
      NationalApiProperties national,
      Clock clock) {
    this.reader = reader;
    this.repository = repository;
    this.unitCode = national.reportingUnitCode();
    this.clock = clock;
  }

  /**
   * The catalogue of the configured reporting unit as last read, or empty when none was read yet
   * (or it was read for another unit). Another instance's refresh counts at the next call.
   */
  public synchronized Optional<TaskCatalogue> current() {
    Refresh refresh = repository.refresh();
    if (refresh.refreshedAt() == null || !unitCode.equals(refresh.unitCode())) {
      return Optional.empty();
    }
    if (cached == null || !cached.refreshedAt().isEqual(refresh.refreshedAt())) {
      cached = new TaskCatalogue(unitCode, refresh.refreshedAt(), repository.tasks());
    }
    return Optional.of(cached);
  }

  /** Reads the whole catalogue now and replaces the cached one; a failure keeps the old one. */
  public CatalogueState refresh() {
    try {
      CatalogueReader.Read read = reader.readAll(unitCode);
      if (read.tasks().isEmpty()) {
        // An empty list is likelier a fault of the national side than a unit without tasks, and
        // an empty catalogue would hold back every report: keep the one read before.
        throw new TransientFailureException(
            "the national catalogue of unit " + unitCode + " came back empty");
      }
      repository.replace(unitCode, read.tasks(), VietnamTime.now(clock), read.requests());
      log.info(
          "Read the national catalogue of unit {}: {} tasks in {} requests",
          unitCode,
          read.tasks().size(),
          read.requests());
    } catch (RuntimeException e) {
      repository.failed(VietnamTime.now(clock), e.getMessage());
      throw e;
    }
    return state();
  }

  /** The scheduled refresh: a failure is logged and kept for the API, never thrown at Quartz. */
  public void scheduledRefresh() {
    try {
      refresh();
    } catch (RuntimeException e) {
      log.warn(
          "Could not refresh the national catalogue; keeping the one read before: {}",
          e.getMessage());
    }
  }

  /** The cached catalogue and its last refresh, as the API shows them. */
  public CatalogueState state() {
    Refresh refresh = repository.refresh();
    return new CatalogueState(
        refresh.unitCode(),
        refresh.refreshedAt(),
        refresh.taskCount(),
        refresh.requests(),
        refresh.attemptedAt(),
        refresh.lastError(),
        current().map(TaskCatalogue::tasks).orElse(List.of()));
  }
}
