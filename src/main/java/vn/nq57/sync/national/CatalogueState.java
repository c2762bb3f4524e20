package vn.nq57.sync.national;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The cached national catalogue and how its last refresh went.
 *
 * @param unitCode the reporting unit it was read for; null before the first refresh
 * @param refreshedAt when it was last read whole; null before the first refresh
 * @param taskCount how many tasks it holds
 * @param requests how many catalogue requests that refresh made, retries after a wait included
 * @param attemptedAt the last attempt, successful or not
 * @param lastError why the last attempt failed (the catalogue before it is kept); null if it did
 *     not
 * @param tasks the tasks, by task code
 */
public record CatalogueState(
    String unitCode,
    OffsetDateTime refreshedAt,
    int taskCount,
    int requests,
    OffsetDateTime attemptedAt,
    String lastError,
    List<CatalogueTask> tasks) {}
