package vn.nq57.sync.run;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A parked record as operators see it: where it is, why it was parked, and the source values that
 * caused it (the status text, the date text, the blank key…), so the source can be fixed without
 * opening the file.
 *
 * @param runId the run that parked it
 * @param parkedAt when
 * @param sourceId the source it came from
 * @param recordKey its key, or null when the key itself was missing
 * @param location file and row, or record id
 * @param code a stable reason code, e.g. {@code DATE_UNRECOGNISED}
 * @param reason what is wrong and what to do, in a sentence
 * @param sourceValues each source field the reason names, with its value as the source has it (""
 *     for a blank one); empty when the reason names no field
 */
public record ParkedView(
    long runId,
    OffsetDateTime parkedAt,
    String sourceId,
    String recordKey,
    String location,
    String code,
    String reason,
    Map<String, String> sourceValues) {}
