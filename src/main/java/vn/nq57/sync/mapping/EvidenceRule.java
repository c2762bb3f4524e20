package vn.nq57.sync.mapping;

import java.util.List;
import vn.nq57.sync.national.TaskReport.Evidence;

/** Evidence documents cited in the free text a mapping points at (see {@link Citations}). */
final class EvidenceRule {

  private final Selector source;

  /** {@code source} is null when the mapping reports no evidence. */
  EvidenceRule(Selector source) {
    this.source = source;
  }

  List<Evidence> evidence(RowFields row) {
    if (source == null || !source.applies(row)) {
      return List.of();
    }
    return Citations.in(source.read(row));
  }
}
