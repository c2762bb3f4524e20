package vn.nq57.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.nq57.sync.mapping.CrosswalkProposer.CatalogueTask;
import vn.nq57.sync.mapping.CrosswalkProposer.LocalTask;
import vn.nq57.sync.mapping.CrosswalkProposer.Proposal;
import vn.nq57.sync.source.SourceRow;

class CrosswalkProposerTest {

  private static final Path CSV = Path.of("src/main/resources/demo/bao-cao-phu-luc-I.csv");
  private static final Path CATALOGUE = Path.of("src/main/resources/sandbox/catalogue.json");

  @Test
  void ranksTheRightNationalTaskFirstForTheSampleReport() throws IOException {
    List<LocalTask> local = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (CSVRecord record : GoldenFileTest.records(CSV)) {
      SourceRow row = new SourceRow("t", "r", record.toMap());
      if (Rows.PHU_LUC_I.keyOf(row) instanceof KeyResult.Key key) {
        local.add(new LocalTask(key.localRef(), record.get("Tên nhiệm vụ")));
        expected.add("NQ57.KL.PL1.%02d".formatted(record.getRecordNumber()));
      }
    }

    List<Proposal> proposals = CrosswalkProposer.DEFAULT.propose(local, catalogue());

    int hits = 0;
    for (int i = 0; i < proposals.size(); i++) {
      List<CrosswalkProposer.Candidate> candidates = proposals.get(i).candidates();
      assertThat(candidates).hasSizeLessThanOrEqualTo(3);
      if (!candidates.isEmpty() && candidates.get(0).taskCode().equals(expected.get(i))) {
        hits++;
      }
    }
    System.out.printf("CrosswalkProposer: %d of %d ranked first%n", hits, proposals.size());
    assertThat(hits).isGreaterThanOrEqualTo(proposals.size() * 95 / 100);
  }

  @Test
  void proposesNothingBelowTheThreshold() {
    List<Proposal> proposals =
        CrosswalkProposer.DEFAULT.propose(
            List.of(new LocalTask("T:1", "Tổ chức hội nghị sơ kết")),
            List.of(new CatalogueTask("NQ57.X", "Đầu tư hạ tầng viễn thông 5G")));

    assertThat(proposals.get(0).candidates()).isEmpty();
  }

  @Test
  void toleratesCaseSpacingAndPunctuationDifferences() {
    List<Proposal> proposals =
        CrosswalkProposer.DEFAULT.propose(
            List.of(new LocalTask("T:1", "  XÂY DỰNG kế hoạch chuyển đổi số năm 2026. ")),
            List.of(
                new CatalogueTask("NQ57.A", "Xây dựng Kế hoạch chuyển đổi số năm 2026"),
                new CatalogueTask("NQ57.B", "Xây dựng kế hoạch ứng dụng trí tuệ nhân tạo")));

    assertThat(proposals.get(0).candidates().get(0).taskCode()).isEqualTo("NQ57.A");
    assertThat(proposals.get(0).candidates().get(0).score()).isGreaterThan(0.95);
  }

  private static List<CatalogueTask> catalogue() throws IOException {
    JsonNode tasks = GoldenFileTest.json().readTree(CATALOGUE.toFile()).get("tasks");
    List<CatalogueTask> catalogue = new ArrayList<>();
    tasks.forEach(
        t ->
            catalogue.add(
                new CatalogueTask(t.get("taskCode").asString(), t.get("title").asString())));
    return catalogue;
  }
}
