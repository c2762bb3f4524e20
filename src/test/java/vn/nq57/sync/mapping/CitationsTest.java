package vn.nq57.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.nq57.sync.national.TaskReport.Evidence;

class CitationsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "UBND tỉnh đã ban hành Kế hoạch số 125/KH-UBND ngày 02/6/2025.  | 125/KH-UBND    | 2025-06-02 | Kế hoạch số 125/KH-UBND ngày 02/6/2025",
        "theo Quyết định số 1827-QĐ/TU ngày 11/02/2025 của Ban Thường vụ | 1827-QĐ/TU     | 2025-02-11 | Quyết định số 1827-QĐ/TU ngày 11/02/2025",
        "Nghị quyết số 66/NQ-CP ngày 26 tháng 3 năm 2025 của Chính phủ   | 66/NQ-CP       | 2025-03-26 | Nghị quyết số 66/NQ-CP ngày 26 tháng 3 năm 2025",
        "Thông báo số 06 - TB/CQTTBCĐ ngày 27/9/2025                     | 06-TB/CQTTBCĐ  | 2025-09-27 | Thông báo số 06 - TB/CQTTBCĐ ngày 27/9/2025",
        "Công văn số 15133-CV/VPTW, ngày 30/5/2025, khẩn trương          | 15133-CV/VPTW  | 2025-05-30 | Công văn số 15133-CV/VPTW, ngày 30/5/2025",
        "Thông báo kết luận số 04-TB/BCĐTW ngày 30/5/2025                | 04-TB/BCĐTW    | 2025-05-30 | Thông báo kết luận số 04-TB/BCĐTW ngày 30/5/2025",
        "Kế hoạch số 02-KH/BCĐTW                                         | 02-KH/BCĐTW    |            | Kế hoạch số 02-KH/BCĐTW",
        "Chỉ thị 05-CT/TW ngày 15/5/2016                                 | 05-CT/TW       | 2016-05-15 | Chỉ thị 05-CT/TW ngày 15/5/2016"
      })
  void findsACitedDocument(String text, String number, LocalDate issuedOn, String title) {
    assertThat(Citations.in(text)).containsExactly(new Evidence(number, issuedOn, title, null));
  }

  @Test
  void ignoresMentionsWithoutADocumentNumber() {
    assertThat(Citations.in("Đã phân bổ kinh phí (QĐ số 240); xây dựng Kế hoạch năm 2026"))
        .isEmpty();
  }

  @Test
  void keepsOneItemPerDocumentPreferringTheDatedMention() {
    List<Evidence> found =
        Citations.in(
            "Nghị quyết số 57-NQ/TW; Kế hoạch số 02-KH/BCĐTW; Nghị quyết số 57-NQ/TW ngày"
                + " 22/12/2024 của Bộ Chính trị");

    assertThat(found)
        .extracting(Evidence::documentNo, Evidence::issuedOn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("57-NQ/TW", LocalDate.of(2024, 12, 22)),
            org.assertj.core.groups.Tuple.tuple("02-KH/BCĐTW", null));
  }

  @Test
  void keepsAtMostTheContractsFiftyItems() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 60; i++) {
      text.append("Công văn số ").append(i).append("/UBND-KT; ");
    }
    assertThat(Citations.in(text.toString())).hasSize(50);
  }
}
