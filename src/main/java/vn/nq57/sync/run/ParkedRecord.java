package vn.nq57.sync.run;

/**
 * A source record that was not sent, and why.
 *
 * @param sourceId the source it came from
 * @param recordKey its key, or null when the key itself was missing
 * @param location where an operator finds it: file and row, or record id
 * @param code a stable reason code, e.g. {@code STATUS_MISSING}
 * @param reason what is wrong and what to do, in a sentence
 */
public record ParkedRecord(
    String sourceId, String recordKey, String location, String code, String reason) {}
