package vn.nq57.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nq57.sync.mapping.Rows.FIRST_REF;
import static vn.nq57.sync.mapping.Rows.FIRST_TASK;
import static vn.nq57.sync.mapping.Rows.PHU_LUC_I;
import static vn.nq57.sync.mapping.Rows.firstTask;
import static vn.nq57.sync.mapping.Rows.row;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.national.TaskStatus;

class TaskMappingTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 8, 25);

  private static MappingOutcome map(Map<String, String> fields) {
    return PHU_LUC_I.map(row(fields), FIRST_REF, TODAY);
  }

  private static TaskReport mapped(Map<String, String> fields) {
    assertThat(map(fields)).isInstanceOf(MappingOutcome.Mapped.class);
    return ((MappingOutcome.Mapped) map(fields)).report();
  }

  private static MappingOutcome.Parked parked(Map<String, String> fields) {
    assertThat(map(fields)).isInstanceOf(MappingOutcome.Parked.class);
    return (MappingOutcome.Parked) map(fields);
  }

  private static Map<String, String> completed(String completion) {
    Map<String, String> fields = firstTask("Kết quả", "Đã hoàn thành");
    fields.put("Ngày hoàn thành thực tế", completion);
    return fields;
  }

  @Test
  void describesTheFieldsItReads() {
    assertThat(PHU_LUC_I.id()).isEqualTo("bao-cao-phu-luc-I");
    assertThat(PHU_LUC_I.keyFields()).containsExactly("Tên nhiệm vụ");
    assertThat(PHU_LUC_I.sourceFields())
        .containsExactly(
            "Tên nhiệm vụ",
            "Kết quả",
            "Thời hạn",
            "Ngày hoàn thành thực tế",
            "Mô tả",
            "Khó khăn/vướng mắc",
            "Đề xuất/kiến nghị");
  }

  @Test
  void keyIsTheHashTheCrosswalkWasBuiltWith() {
    assertThat(PHU_LUC_I.keyOf(row(firstTask()))).isEqualTo(new KeyResult.Key(FIRST_REF));
  }

  @Test
  void keySurvivesCaseSpacingUnicodeFormAndColumnOrder() {
    List<Map.Entry<String, String>> entries = new ArrayList<>(firstTask().entrySet());
    Collections.reverse(entries);
    Map<String, String> reordered = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : entries) {
      reordered.put(nfdUpper(e.getKey()) + " ", e.getValue());
    }
    reordered.put(
        nfdUpper("Tên nhiệm vụ") + " ", "  " + nfdUpper(FIRST_TASK).replace(", ", ",\u00a0 "));

    assertThat(PHU_LUC_I.keyOf(row(reordered))).isEqualTo(new KeyResult.Key(FIRST_REF));
  }

  private static String nfdUpper(String text) {
    return Normalizer.normalize(text.toUpperCase(Locale.ROOT), Normalizer.Form.NFD);
  }

  @Test
  void rowWithBlankKeyFieldHasNoKeyAndTheReasonNamesTheField() {
    KeyResult key = PHU_LUC_I.keyOf(row(firstTask("Tên nhiệm vụ", " \u00a0")));

    assertThat(key)
        .isInstanceOfSatisfying(
            KeyResult.Missing.class, m -> assertThat(m.reason()).contains("'Tên nhiệm vụ'"));
  }

  @Test
  void rowWithoutTheKeyColumnHasNoKey() {
    Map<String, String> fields = firstTask();
    fields.remove("Tên nhiệm vụ");

    assertThat(PHU_LUC_I.keyOf(row(fields))).isInstanceOf(KeyResult.Missing.class);
  }

  @Test
  void mapsACompleteRowToTheWholeReport() {
    Map<String, String> fields = completed("29/4/2025");
    fields.put("Khó khăn/vướng mắc", "Thiếu  kinh phí");
    fields.put("Đề xuất/kiến nghị", "Bổ sung kinh phí\r\nnăm 2026");

    assertThat(mapped(fields))
        .isEqualTo(
            new TaskReport(
                "NQ57.KL.PL1.01",
                FIRST_REF,
                null,
                TaskStatus.COMPLETED,
                null,
                LocalDate.of(2025, 12, 31),
                null,
                false,
                LocalDate.of(2025, 4, 29),
                null,
                "Đã phân bổ kinh phí",
                "Thiếu kinh phí",
                "Bổ sung kinh phí\nnăm 2026",
                List.of(),
                null));
  }

  @Test
  void ignoresThePlannedDateInTheCompletionColumnOfAnOpenTask() {
    assertThat(mapped(firstTask("Ngày hoàn thành thực tế", "31/12/2025")).completedOn()).isNull();
    assertThat(mapped(firstTask("Ngày hoàn thành thực tế", "22/6-2025")).completedOn()).isNull();
  }

  @Test
  void parksCompletedTaskWithoutCompletionDate() {
    assertThat(parked(completed("")).code()).isEqualTo("COMPLETED_WITHOUT_DATE");
    assertThat(parked(completed(" - ")).reason()).contains("'Ngày hoàn thành thực tế'", "'-'");
  }

  @Test
  void parksCompletedTaskWhoseCompletionDateIsNotADate() {
    MappingOutcome.Parked parked = parked(completed("22/6-2025"));

    assertThat(parked.code()).isEqualTo("DATE_UNRECOGNISED");
    assertThat(parked.reason()).contains("'Ngày hoàn thành thực tế'", "'22/6-2025'");
  }

  @Test
  void parksCompletedTaskFinishedInTheFuture() {
    MappingOutcome.Parked parked = parked(completed("26/8/2025"));

    assertThat(parked.code()).isEqualTo("COMPLETED_IN_FUTURE");
    assertThat(parked.reason()).contains("2025-08-26", "2025-08-25");
  }

  @Test
  void acceptsCompletionOnTheDayItself() {
    assertThat(mapped(completed("25.08.2025")).completedOn()).isEqualTo(TODAY);
  }

  @Test
  void turnsBlankTextIntoNull() {
    TaskReport report = mapped(firstTask("Mô tả", " \t "));

    assertThat(report.resultSummary()).isNull();
    assertThat(report.difficulties()).isNull();
    assertThat(report.proposals()).isNull();
  }

  @Test
  void parksTextLongerThanTheContractAllowsNamingFieldAndLength() {
    MappingOutcome.Parked parked = parked(firstTask("Khó khăn/vướng mắc", "x".repeat(4001)));

    assertThat(parked.code()).isEqualTo("FIELD_TOO_LONG");
    assertThat(parked.reason()).contains("'Khó khăn/vướng mắc'", "difficulties", "4001", "4000");
  }

  @Test
  void acceptsTextOfExactlyTheLimit() {
    assertThat(mapped(firstTask("Mô tả", "ạ".repeat(8000))).resultSummary()).hasSize(8000);
  }

  @Test
  void parksTaskMissingFromTheCrosswalk() {
    MappingOutcome outcome = PHU_LUC_I.map(row(firstTask()), "PL1:0000000000000000", TODAY);

    assertThat(outcome)
        .isEqualTo(
            new MappingOutcome.Parked(
                "NO_TASK_CODE",
                "The local task PL1:0000000000000000 has no confirmed national task code; add it to bao-cao-phu-luc-I.crosswalk.yaml."));
  }

  @Test
  void parksRowLackingAColumnTheMappingReads() {
    Map<String, String> fields = firstTask();
    fields.remove("Đề xuất/kiến nghị");

    MappingOutcome.Parked parked = parked(fields);

    assertThat(parked.code()).isEqualTo("SOURCE_FIELD_ABSENT");
    assertThat(parked.reason()).contains("'Đề xuất/kiến nghị'");
  }

  @Test
  void reportsEveryProblemOfARowUnderTheCodeOfTheFirst() {
    Map<String, String> fields = firstTask("Kết quả", "");
    fields.put("Thời hạn", "22/6-2025");

    MappingOutcome.Parked parked = parked(fields);

    assertThat(parked.code()).isEqualTo("STATUS_MISSING");
    assertThat(parked.reason()).contains("'Kết quả'", "'22/6-2025'");
  }

  @Test
  void takesItsTextNfcNormalised() {
    String nfd = Normalizer.normalize("Đã phân bổ kinh phí", Normalizer.Form.NFD);

    assertThat(mapped(firstTask("Mô tả", nfd)).resultSummary()).isEqualTo("Đã phân bổ kinh phí");
  }
}
