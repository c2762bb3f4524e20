package vn.nq57.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nq57.sync.mapping.Rows.FIRST_REF;
import static vn.nq57.sync.mapping.Rows.PHU_LUC_I;
import static vn.nq57.sync.mapping.Rows.firstTask;
import static vn.nq57.sync.mapping.Rows.row;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.national.TaskStatus;

class StatusMappingTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 8, 25);

  private static final Map<String, TaskStatus> SPELLINGS =
      Map.of(
          "Đang thực hiện", TaskStatus.IN_PROGRESS,
          "Đã hoàn thành", TaskStatus.COMPLETED,
          "Chưa thực hiện", TaskStatus.NOT_STARTED,
          "Đã và đang thực hiện", TaskStatus.IN_PROGRESS,
          "Đã và Đang thực hiện", TaskStatus.IN_PROGRESS);

  /** Every spelling of the sample in the ways people and old Windows files write it. */
  static Stream<Arguments> spellings() {
    return SPELLINGS.entrySet().stream()
        .flatMap(
            e ->
                Stream.of(
                        e.getKey(),
                        e.getKey().toUpperCase(Locale.ROOT),
                        e.getKey().toLowerCase(Locale.ROOT),
                        mixedCase(e.getKey()),
                        Normalizer.normalize(e.getKey(), Normalizer.Form.NFD),
                        Normalizer.normalize(
                            e.getKey().toUpperCase(Locale.ROOT), Normalizer.Form.NFD),
                        "  " + e.getKey().replace(" ", " \u00a0 ") + "\t")
                    .map(spelling -> Arguments.of(spelling, e.getValue())));
  }

  private static String mixedCase(String text) {
    StringBuilder mixed = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      mixed.append(i % 2 == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return mixed.toString();
  }

  private static TaskReport mapped(Map<String, String> fields) {
    MappingOutcome outcome = PHU_LUC_I.map(row(fields), FIRST_REF, TODAY);
    assertThat(outcome).isInstanceOf(MappingOutcome.Mapped.class);
    return ((MappingOutcome.Mapped) outcome).report();
  }

  private static MappingOutcome.Parked parked(Map<String, String> fields) {
    MappingOutcome outcome = PHU_LUC_I.map(row(fields), FIRST_REF, TODAY);
    assertThat(outcome).isInstanceOf(MappingOutcome.Parked.class);
    return (MappingOutcome.Parked) outcome;
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @MethodSource("spellings")
  void mapsEverySampleSpellingWhateverItsCaseFormOrSpacing(String spelling, TaskStatus expected) {
    Map<String, String> fields = firstTask("Kết quả", spelling);
    fields.put("Ngày hoàn thành thực tế", "20/8/2025");

    assertThat(mapped(fields).status()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "blank status \"{0}\" is parked")
  @ValueSource(strings = {"", "   ", "\u00a0"})
  void parksRowWhenStatusIsBlank(String blank) {
    MappingOutcome.Parked parked = parked(firstTask("Kết quả", blank));

    assertThat(parked.code()).isEqualTo("STATUS_MISSING");
    assertThat(parked.reason()).contains("'Kết quả'", "blank");
  }

  @Test
  void parksUnknownStatusQuotingItAndPointingAtTheValueMap() {
    MappingOutcome.Parked parked = parked(firstTask("Kết quả", "Tạm dừng"));

    assertThat(parked.code()).isEqualTo("STATUS_UNMAPPED");
    assertThat(parked.reason())
        .contains("'Kết quả'", "'Tạm dừng'", "status.valueMap", "bao-cao-phu-luc-I.yaml");
  }

  @Test
  void reportsInProgressTaskPastItsDueDateAsOverdue() {
    assertThat(mapped(firstTask("Thời hạn", "31/7/2025")).status()).isEqualTo(TaskStatus.OVERDUE);
  }

  @Test
  void reportsNotStartedTaskPastItsDueDateAsOverdue() {
    Map<String, String> fields = firstTask("Thời hạn", "24/8/2025");
    fields.put("Kết quả", "Chưa thực hiện");

    assertThat(mapped(fields).status()).isEqualTo(TaskStatus.OVERDUE);
  }

  @Test
  void keepsInProgressOnItsDueDayItself() {
    assertThat(mapped(firstTask("Thời hạn", "25/8/2025")).status())
        .isEqualTo(TaskStatus.IN_PROGRESS);
  }

  @Test
  void neverReportsCompletedTaskAsOverdue() {
    Map<String, String> fields = firstTask("Thời hạn", "31/7/2025");
    fields.put("Kết quả", "Đã hoàn thành");
    fields.put("Ngày hoàn thành thực tế", "20/8/2025");

    assertThat(mapped(fields).status()).isEqualTo(TaskStatus.COMPLETED);
  }

  @Test
  void neverReportsRecurringTaskAsOverdue() {
    assertThat(mapped(firstTask("Thời hạn", "Thường xuyên")).status())
        .isEqualTo(TaskStatus.IN_PROGRESS);
  }
}
