package vn.nq57.sync.mappingstore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.nq57.sync.mapping.CrosswalkProposer;
import vn.nq57.sync.mapping.CrosswalkProposer.CatalogueTask;
import vn.nq57.sync.mapping.CrosswalkProposer.LocalTask;
import vn.nq57.sync.mapping.CrosswalkProposer.Proposal;
import vn.nq57.sync.mapping.TaskMapping;

/**
 * Proposes national task codes for the local tasks a mapping cannot send yet: every task in the
 * stored records of the mapping's sources that its active crosswalk does not list, ranked against
 * the national task list an administrator supplies. Nothing is confirmed or stored.
 */
@Component
class CrosswalkProposals {

  private final MappingVersions versions;
  private final MappingSources sources;

  CrosswalkProposals(MappingVersions versions, MappingSources sources) {
    this.versions = versions;
    this.sources = sources;
  }

  /** One proposal per unlinked local task, in the order of the stored records. */
  List<Proposal> propose(String mappingId, List<CatalogueTask> catalogue) {
    TaskMapping mapping = versions.active(mappingId).mapping();
    Map<String, LocalTask> unlinked = new LinkedHashMap<>();
    sources.forEachRecord(
        mappingId,
        record -> {
          String localRef = record.recordKey();
          if (!mapping.hasTaskCode(localRef)) {
            unlinked.putIfAbsent(localRef, new LocalTask(localRef, mapping.title(record.row())));
          }
        });
    return CrosswalkProposer.DEFAULT.propose(List.copyOf(unlinked.values()), catalogue);
  }
}
