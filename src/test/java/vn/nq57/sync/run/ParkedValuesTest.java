package vn.nq57.sync.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A parked row shows the source values its reason is about. */
class ParkedValuesTest {

  private static final Map<String, String> ROW =
      Map.of(
          "Tên nhiệm vụ", "Xây dựng cơ sở dữ liệu",
          "Ngày hoàn thành thực tế", "22/6-2025",
          "Tình trạng", "Đã hoàn thành");

  @Test
  void showsTheValueOfTheFieldTheReasonNames() {
    assertThat(
            ParkedValues.values(
                "Field 'Ngày hoàn thành thực tế' has the value '22/6-2025', which is not a date …",
                ROW))
        .containsExactly(Map.entry("Ngày hoàn thành thực tế", "22/6-2025"));
  }

  @Test
  void showsEveryNamedFieldOfARowWithSeveralProblems() {
    assertThat(
            ParkedValues.values(
                "Field 'Tình trạng' says completed. Field 'Ngày hoàn thành thực tế' is blank.",
                ROW))
        .containsOnlyKeys("Tình trạng", "Ngày hoàn thành thực tế");
  }

  @Test
  void showsTheBlankKeyFieldOfARowThatWasNeverStored() {
    assertThat(
            ParkedValues.values(
                "Key field 'Tên nhiệm vụ' is blank or absent, so the row has no identity; …", null))
        .containsExactly(Map.entry("Tên nhiệm vụ", ""));
  }

  @Test
  void showsNothingWhenTheReasonNamesNoField() {
    assertThat(ParkedValues.values("The task has no confirmed national code.", ROW)).isEmpty();
  }
}
