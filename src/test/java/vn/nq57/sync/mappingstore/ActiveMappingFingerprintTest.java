package vn.nq57.sync.mappingstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nq57.sync.mappingstore.MappingVersions.ActiveMapping;
import vn.nq57.sync.mappingstore.MappingVersions.UsedVersion;

/**
 * A DAY run maps again the records last mapped under another combination of versions: the
 * fingerprint changes with the agency map version even when the task mapping version stays.
 */
class ActiveMappingFingerprintTest {

  private static final UsedVersion TASK = new UsedVersion(MappingKind.TASK, "m", 3, 10);
  private static final UsedVersion CROSSWALK = new UsedVersion(MappingKind.CROSSWALK, "c", 3, 10);

  @Test
  void changesWithTheAgencyMapVersion() {
    long before = active(agency(5)).fingerprint();

    assertThat(active(agency(8)).fingerprint()).isNotEqualTo(before);
    assertThat(active(agency(5)).fingerprint()).isEqualTo(before);
  }

  @Test
  void changesWhenAnAgencyMapIsAddedOrDropped() {
    assertThat(new ActiveMapping(10, 3, null, List.of(TASK, CROSSWALK)).fingerprint())
        .isNotEqualTo(active(agency(5)).fingerprint());
  }

  private static ActiveMapping active(UsedVersion agency) {
    return new ActiveMapping(10, 3, null, List.of(TASK, CROSSWALK, agency));
  }

  private static UsedVersion agency(long versionId) {
    return new UsedVersion(MappingKind.AGENCY_MAP, "don-vi", (int) versionId, versionId);
  }
}
