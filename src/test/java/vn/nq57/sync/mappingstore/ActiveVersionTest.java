package vn.nq57.sync.mappingstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq57.sync.mapping.MappingOutcome;
import vn.nq57.sync.mappingstore.MappingVersions.ActiveMapping;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.national.TaskStatus;
import vn.nq57.sync.source.SourceRecordRepository;
import vn.nq57.sync.source.SourceRow;
import vn.nq57.sync.support.IntegrationTestSupport;

/** A run keeps the version it started with, even when an admin activates another meanwhile. */
class ActiveVersionTest extends IntegrationTestSupport {

  private static final String MAPPING = MappingAdminApiTest.MAPPING;
  private static final String KEY = "PL1:4488504281948109";
  private static final LocalDate TODAY = LocalDate.of(2025, 8, 25);

  @Autowired private MappingVersions versions;
  @Autowired private VersionWorkflow workflow;
  @Autowired private MappingFileImport files;
  @Autowired private SourceRecordRepository recordRepository;
  @Autowired private MappingSources sources;

  @AfterEach
  void restoreShippedMapping() {
    MappingTables.reset(jdbc, files);
  }

  @Test
  void keepsTheVersionActiveWhenObtainedAfterAnotherIsActivated() {
    SourceRow row =
        new SourceRecords(recordRepository, sources, jdbc)
            .row("Nhiệm vụ một", "Đang thực hiện", "31/12/2025", "");
    ActiveMapping atRunStart = versions.active(MAPPING);

    MappingVersion v2 =
        workflow.draft(
            new VersionWorkflow.Draft(
                MAPPING,
                MappingAdminApiTest.shippedYaml()
                    .replace("\"Đang thực hiện\": IN_PROGRESS", "\"Đang thực hiện\": NOT_STARTED"),
                null,
                "test",
                "admin"),
            false);
    workflow.activate(MAPPING, v2.version(), "admin", "during a run", "ACTIVATE");
    ActiveMapping afterwards = versions.active(MAPPING);

    assertThat(atRunStart.version()).isEqualTo(1);
    assertThat(status(atRunStart, row)).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(afterwards.version()).isEqualTo(2);
    assertThat(afterwards.versionId()).isEqualTo(v2.id()).isNotEqualTo(atRunStart.versionId());
    assertThat(status(afterwards, row)).isEqualTo(TaskStatus.NOT_STARTED);
    assertThat(versions.active(MAPPING).mapping()).isSameAs(afterwards.mapping());
  }

  private static TaskStatus status(ActiveMapping active, SourceRow row) {
    MappingOutcome outcome = active.mapping().map(row, KEY, TODAY);
    assertThat(outcome).isInstanceOf(MappingOutcome.Mapped.class);
    TaskReport report = ((MappingOutcome.Mapped) outcome).report();
    return report.status();
  }
}
