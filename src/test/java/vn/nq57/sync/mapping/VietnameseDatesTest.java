package vn.nq57.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseDatesTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "31/12/2025   | 2025-12-31",
        "3/6/2025     | 2025-06-03",
        "03/06/2025   | 2025-06-03",
        "31-12-2025   | 2025-12-31",
        "31.12.2025   | 2025-12-31",
        "'31/8/ 2025' | 2025-08-31",
        "'31 / 8 / 2025' | 2025-08-31",
        "29/2/2028    | 2028-02-29"
      })
  void parsesDayFirstDatesWithOneKindOfSeparator(String raw, LocalDate expected) {
    assertThat(VietnameseDates.parse(raw)).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is not a date")
  @ValueSource(
      strings = {
        "",
        "-",
        "22/6-2025",
        "31.12/2025",
        "31/2/2025",
        "29/2/2025",
        "32/1/2025",
        "1/13/2025",
        "31/12/25",
        "31/12/1925",
        "12/2025",
        "2025",
        "31/12/2025 (ghi chú)",
        "ngày 31/12/2025"
      })
  void refusesAnythingThatIsNotExactlyOneRealDate(String raw) {
    assertThat(VietnameseDates.parse(raw)).isEmpty();
  }
}
