package vn.nq57.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.nq57.sync.national.TaskReport;
import vn.nq57.sync.national.TaskReport.Unit;

/** progressPercent, leadUnit, evidence and the generic selectors (firstOf, concat, value, when). */
class NewPartsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
  private static final String AGENCIES =
      """
      units:
        - {code: SKHCN, name: Sở Khoa học và Công nghệ}
        - {code: SVHTTDL, name: "Sở Văn hóa, Thể thao và Du lịch"}
        - {code: SCT, name: Sở Công Thương, variants: [Sơ Công Thương]}
        - {code: VPUBND, name: Văn phòng Ủy ban nhân dân tỉnh, variants: [Văn phòng UND tỉnh]}
        - {code: VPTU, name: Văn phòng Tỉnh ủy}
        - {code: CAT, name: Công an tỉnh}
      groups: ["Các sở, ban, ngành, địa phương"]
      """;
  private static final String MAPPING =
      """
      id: t
      key: {prefix: T, from: [Nhiệm vụ]}
      taskCode: {crosswalk: t.crosswalk.yaml}
      status: {from: Tình hình, default: Đang thực hiện, valueMap: {Đang thực hiện: IN_PROGRESS, Xong: COMPLETED}}
      completedOn: {firstOf: [Ngày xong, Ngày cập nhật]}
      progressPercent: {from: Tiến độ}
      leadUnit: {from: Chủ trì, agencyMap: agencies.yaml}
      resultSummary: {concat: [Kết quả, Ghi chú], separator: " | "}
      difficulties: {from: Khó khăn, when: {field: Tình hình, in: [Đang thực hiện]}}
      proposals: {value: Không}
      evidence: {from: don_vi.van_ban}
      """;
  private static final TaskMapping TASKS =
      TaskMapping.parse(
          MAPPING,
          "mem/t.yaml",
          name ->
              name.equals("agencies.yaml")
                  ? AGENCIES
                  : "tasks: [{localRef: 'T:1', taskCode: NQ57.T.01}]");

  private static Map<String, String> row() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Nhiệm vụ", "Nhiệm vụ 1");
    fields.put("Tình hình", "Đang thực hiện");
    fields.put("Ngày xong", "");
    fields.put("Ngày cập nhật", "");
    fields.put("Tiến độ", "đạt 78,52%");
    fields.put("Chủ trì", "Văn phòng UBND tỉnh; Công an tỉnh");
    fields.put("Kết quả", "Đã ban hành");
    fields.put("Ghi chú", "");
    fields.put("Khó khăn", "Thiếu kinh phí");
    fields.put("don_vi.van_ban", "Kế hoạch số 125/KH-UBND ngày 02/6/2025");
    return fields;
  }

  private static Map<String, String> row(String field, String value) {
    Map<String, String> fields = row();
    fields.put(field, value);
    return fields;
  }

  private static MappingOutcome map(Map<String, String> fields) {
    return TASKS.map(Rows.row(fields), "T:1", TODAY);
  }

  private static TaskReport mapped(Map<String, String> fields) {
    MappingOutcome outcome = map(fields);
    assertThat(outcome).isInstanceOf(MappingOutcome.Mapped.class);
    return ((MappingOutcome.Mapped) outcome).report();
  }

  @Test
  void mapsEveryPartOfARow() {
    TaskReport report = mapped(row());

    assertThat(report.status().name()).isEqualTo("IN_PROGRESS");
    assertThat(report.progressPercent()).isEqualTo(79);
    assertThat(report.leadUnit()).isEqualTo(new Unit("VPUBND", "Văn phòng Ủy ban nhân dân tỉnh"));
    assertThat(report.resultSummary()).isEqualTo("Đã ban hành");
    assertThat(report.difficulties()).isEqualTo("Thiếu kinh phí");
    assertThat(report.proposals()).isEqualTo("Không");
    assertThat(report.evidence())
        .containsExactly(
            new TaskReport.Evidence(
                "125/KH-UBND",
                LocalDate.of(2025, 6, 2),
                "Kế hoạch số 125/KH-UBND ngày 02/6/2025",
                null));
  }

  @Test
  void defaultReplacesABlankCellButAConditionReadsTheCellItself() {
    TaskReport report = mapped(row("Tình hình", " "));

    assertThat(report.status().name()).isEqualTo("IN_PROGRESS");
    assertThat(report.difficulties()).isNull();
  }

  @Test
  void listsEveryFieldItReadsIncludingConditionsAndDottedJsonNames() {
    assertThat(TASKS.sourceFields())
        .containsExactly(
            "Nhiệm vụ",
            "Tình hình",
            "Ngày xong",
            "Ngày cập nhật",
            "Kết quả",
            "Ghi chú",
            "Khó khăn",
            "Tiến độ",
            "Chủ trì",
            "don_vi.van_ban");
  }

  @Test
  void concatJoinsNonBlankFieldsWithTheSeparator() {
    assertThat(mapped(row("Ghi chú", "Đã gửi Bộ")).resultSummary())
        .isEqualTo("Đã ban hành | Đã gửi Bộ");
  }

  @Test
  void whenLeavesThePartOutForRowsThatDoNotMeetTheCondition() {
    Map<String, String> done = row("Tình hình", "Xong");
    done.put("Ngày cập nhật", "15/3/2026");

    TaskReport report = mapped(done);

    assertThat(report.difficulties()).isNull();
    assertThat(report.completedOn()).isEqualTo(LocalDate.of(2026, 3, 15));
  }

  @ParameterizedTest(name = "progress {0} -> {1}")
  @CsvSource({"80,80", "80%,80", "'78,52 %',79", "100,100", "0,0", "Đạt 45.5%,46", "'',"})
  void readsProgressInWholePercent(String cell, Integer expected) {
    assertThat(mapped(row("Tiến độ", cell)).progressPercent()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "progress {0} is parked")
  @CsvSource({"120%", "khoảng một nửa", "50-60%"})
  void parksProgressThatIsNotAPercentage(String cell) {
    assertThat(map(row("Tiến độ", cell)))
        .isInstanceOfSatisfying(
            MappingOutcome.Parked.class,
            p -> {
              assertThat(p.code()).isEqualTo("PROGRESS_UNRECOGNISED");
              assertThat(p.reason()).contains("'Tiến độ'", "'" + cell + "'");
            });
  }

  @ParameterizedTest(name = "lead {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Văn phòng Ủy ban nhân dân tỉnh                         | VPUBND",
        "VĂN PHÒNG UBND TỈNH                                    | VPUBND",
        "Văn phòng UND tỉnh; Sở Khoa học và Công nghệ           | VPUBND",
        "Sơ Công Thương                                         | SCT",
        "Văn phòng Tỉnh uỷ                                      | VPTU",
        "Các sở, ban, ngành, địa phương; Sở Khoa học và Công nghệ | SKHCN",
        "Sở Văn hóa, Thể thao và Du lịch, Sở Khoa học và Công nghệ | SVHTTDL",
        "Các sở, ban, ngành, địa phương                         | ",
        "''                                                     | "
      })
  void leadUnitIsTheFirstSingleAgencyListed(String cell, String code) {
    Unit unit = mapped(row("Chủ trì", cell)).leadUnit();

    assertThat(unit == null ? null : unit.code()).isEqualTo(code);
  }

  @Test
  void parksALeadAgencyTheMapDoesNotKnowNamingIt() {
    assertThat(map(row("Chủ trì", "Sở Khoa học và Công nghệ, Sở Ngoại vụ")))
        .isEqualTo(
            new MappingOutcome.Parked(
                "AGENCY_UNMAPPED",
                "Field 'Chủ trì' names the agency 'Sở Ngoại vụ', which the agency map agencies.yaml does not know; add it as a unit, a spelling variant or a group there, or correct the source."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Sở Ngoại vụ, Sở Khoa học và Công nghệ; Công an tỉnh | Sở Ngoại vụ",
        "Công an tỉnh; Sở Văn hóa, Thể thao tỉnh, Sở Tư pháp | Sở Văn hóa, Thể thao tỉnh, Sở Tư pháp",
        "Sở Văn hóa, Thể thao và Du lịch; Các sở, ngành        | Các sở, ngành",
        "Văn phòng UBND tỉnh; Công an tỉnh                     | "
      })
  void namesTheFirstUnknownAgencyUpToTheNextKnownOne(String cell, String wording) {
    assertThat(TASKS.unknownAgency(Rows.row(row("Chủ trì", cell))))
        .isEqualTo(
            java.util.Optional.ofNullable(wording)
                .map(w -> new TaskMapping.UnknownAgency("agencies.yaml", w)));
  }
}
