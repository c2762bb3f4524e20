package vn.nq57.sync.mappingstore;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A mapping version as the admin API shows it; the documents and the diff only when one version is
 * asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VersionView(
    String mappingId,
    MappingKind kind,
    int version,
    VersionState state,
    boolean valid,
    List<DefinitionError> errors,
    String author,
    String reason,
    OffsetDateTime createdAt,
    OffsetDateTime activatedAt,
    String contentHash,
    String crosswalkName,
    String mappingYaml,
    String crosswalkYaml,
    String diff) {

  static VersionView summary(MappingVersion v) {
    return of(v, false);
  }

  static VersionView detail(MappingVersion v) {
    return of(v, true);
  }

  private static VersionView of(MappingVersion v, boolean withDocuments) {
    return new VersionView(
        v.mappingId(),
        v.kind(),
        v.version(),
        v.state(),
        v.valid(),
        v.errors(),
        v.author(),
        v.reason(),
        v.createdAt(),
        v.activatedAt(),
        v.contentHash(),
        v.crosswalkName(),
        withDocuments ? v.mappingYaml() : null,
        withDocuments ? v.crosswalkYaml() : null,
        withDocuments ? v.diff() : null);
  }
}
