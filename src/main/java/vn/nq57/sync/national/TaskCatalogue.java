package vn.nq57.sync.national;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The national catalogue of one reporting unit as last read whole: what a mapping checks its task
 * codes against and what crosswalk proposals are ranked from. Immutable.
 */
public final class TaskCatalogue {

  private final String unitCode;
  private final OffsetDateTime refreshedAt;
  private final Map<String, CatalogueTask> byCode = new LinkedHashMap<>();

  public TaskCatalogue(String unitCode, OffsetDateTime refreshedAt, List<CatalogueTask> tasks) {
    this.unitCode = unitCode;
    this.refreshedAt = refreshedAt;
    tasks.forEach(task -> byCode.put(task.taskCode(), task));
  }

  /** The reporting unit whose catalogue this is. */
  public String unitCode() {
    return unitCode;
  }

  public OffsetDateTime refreshedAt() {
    return refreshedAt;
  }

  public List<CatalogueTask> tasks() {
    return List.copyOf(byCode.values());
  }

  public Optional<CatalogueTask> find(String taskCode) {
    return Optional.ofNullable(byCode.get(taskCode));
  }
}
