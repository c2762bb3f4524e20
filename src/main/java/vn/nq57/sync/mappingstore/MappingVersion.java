package vn.nq57.sync.mappingstore;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One stored version of a mapping: both documents (mapping and crosswalk), who wrote it and why,
 * whether it validated and how it differs from the version before. {@code kind} says whether it is
 * a task mapping, an agency map or an indicator mapping (the latter two have no crosswalk).
 */
public record MappingVersion(
    long id,
    String mappingId,
    int version,
    VersionState state,
    String mappingYaml,
    String crosswalkName,
    String crosswalkYaml,
    String contentHash,
    boolean valid,
    List<DefinitionError> errors,
    String author,
    String reason,
    OffsetDateTime createdAt,
    OffsetDateTime activatedAt,
    String diff,
    MappingKind kind) {}
