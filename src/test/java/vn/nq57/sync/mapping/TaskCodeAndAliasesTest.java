package vn.nq57.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nq57.sync.national.CatalogueTask;
import vn.nq57.sync.national.TaskCatalogue;
import vn.nq57.sync.source.SourceRow;

/**
 * {@code taskCode: {from: …}}, header aliases, optional columns, and task codes checked against the
 * national catalogue.
 */
class TaskCodeAndAliasesTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);
  private static final String CROSSWALK = "tasks: [{localRef: 'T:1', taskCode: NQ57.T.01}]";
  private static final TaskCatalogue CATALOGUE =
      new TaskCatalogue(
          "51",
          OffsetDateTime.parse("2025-09-01T05:00:00+07:00"),
          List.of(
              new CatalogueTask("NQ57.T.01", "Một", null, null, null, "51"),
              new CatalogueTask("NQ57.T.02", "Hai", null, null, null, "51"),
              new CatalogueTask("NQ57.T.09", "Chín", null, null, null, "52")));

  private static TaskMapping mapping(String taskCode, String extra) {
    String yaml =
        """
        id: t
        key: {prefix: T, from: [Nhiệm vụ]}
        taskCode: %s
        status: {from: Tình trạng, valueMap: {Đang thực hiện: IN_PROGRESS}}
        %s
        """
            .formatted(taskCode, extra);
    return TaskMapping.parse(yaml, "mem/t.yaml", name -> CROSSWALK);
  }

  private static SourceRow row(String... namesAndValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return new SourceRow("test", "test row 2", fields);
  }

  private static MappingOutcome map(TaskMapping mapping, SourceRow row) {
    String localRef = ((KeyResult.Key) mapping.keyOf(row)).localRef();
    return mapping.map(row, localRef, TODAY);
  }

  @Test
  void takesTheTaskCodeFromTheSourceFieldThatHoldsIt() {
    TaskMapping fromSource = mapping("{from: Mã nhiệm vụ}", "");
    SourceRow row =
        row("Nhiệm vụ", "Nhiệm vụ 7", "Mã nhiệm vụ", " NQ57.T.02 ", "Tình trạng", "Đang thực hiện");

    MappingOutcome outcome = map(fromSource, row);

    assertThat(outcome).isInstanceOf(MappingOutcome.Mapped.class);
    assertThat(((MappingOutcome.Mapped) outcome).report().taskCode()).isEqualTo("NQ57.T.02");
    assertThat(fromSource.sourceFields()).contains("Mã nhiệm vụ");
  }

  @Test
  void parksARowWhoseCodeFieldIsBlankWithoutACrosswalkToFallBackOn() {
    SourceRow blank =
        row("Nhiệm vụ", "Nhiệm vụ 7", "Mã nhiệm vụ", "", "Tình trạng", "Đang thực hiện");

    MappingOutcome outcome = map(mapping("{from: Mã nhiệm vụ}", ""), blank);

    assertThat(outcome)
        .isInstanceOfSatisfying(
            MappingOutcome.Parked.class,
            p -> {
              assertThat(p.code()).isEqualTo("NO_TASK_CODE");
              assertThat(p.reason()).contains("fill the field 'Mã nhiệm vụ'");
            });
  }

  @Test
  void fallsBackToTheCrosswalkWhenTheCodeFieldIsBlankOrAbsent() {
    TaskMapping both = mapping("{from: Mã nhiệm vụ, crosswalk: t.crosswalk.yaml}", "");
    SourceRow withoutColumn = row("Nhiệm vụ", "1", "Tình trạng", "Đang thực hiện");
    assertThat(((KeyResult.Key) both.keyOf(withoutColumn)).localRef()).isNotBlank();

    MappingOutcome outcome = both.map(withoutColumn, "T:1", TODAY);

    assertThat(((MappingOutcome.Mapped) outcome).report().taskCode()).isEqualTo("NQ57.T.01");
  }

  @Test
  void parksCodesTheCatalogueLacksOrAssignsToAnotherUnit() {
    TaskMapping checked = mapping("{from: Mã nhiệm vụ}", "").checkedAgainst(CATALOGUE);

    MappingOutcome unknown =
        map(
            checked,
            row("Nhiệm vụ", "a", "Mã nhiệm vụ", "NQ57.T.77", "Tình trạng", "Đang thực hiện"));
    MappingOutcome otherUnit =
        map(
            checked,
            row("Nhiệm vụ", "b", "Mã nhiệm vụ", "NQ57.T.09", "Tình trạng", "Đang thực hiện"));
    MappingOutcome known =
        map(
            checked,
            row("Nhiệm vụ", "c", "Mã nhiệm vụ", "NQ57.T.01", "Tình trạng", "Đang thực hiện"));

    assertThat(((MappingOutcome.Parked) unknown).code()).isEqualTo("TASK_NOT_IN_CATALOGUE");
    assertThat(((MappingOutcome.Parked) unknown).reason()).contains("NQ57.T.77", "unit 51");
    assertThat(((MappingOutcome.Parked) otherUnit).code()).isEqualTo("TASK_NOT_ASSIGNED_TO_UNIT");
    assertThat(((MappingOutcome.Parked) otherUnit).reason()).contains("assigned to unit 52");
    assertThat(known).isInstanceOf(MappingOutcome.Mapped.class);
  }

  @Test
  void checksCrosswalkCodesAgainstTheCatalogueToo() {
    TaskMapping crosswalked = mapping("{crosswalk: t.crosswalk.yaml}", "");
    TaskCatalogue withoutIt =
        new TaskCatalogue(
            "51",
            OffsetDateTime.parse("2025-09-01T05:00:00+07:00"),
            List.of(new CatalogueTask("NQ57.T.02", "Hai", null, null, null, "51")));
    SourceRow row = row("Nhiệm vụ", "1", "Tình trạng", "Đang thực hiện");

    assertThat(crosswalked.map(row, "T:1", TODAY)).isInstanceOf(MappingOutcome.Mapped.class);
    MappingOutcome checked = crosswalked.checkedAgainst(withoutIt).map(row, "T:1", TODAY);
    assertThat(((MappingOutcome.Parked) checked).code()).isEqualTo("TASK_NOT_IN_CATALOGUE");
  }

  @Test
  void readsAFieldUnderAnyOfItsAliases() {
    TaskMapping aliased =
        mapping(
            "{from: Mã nhiệm vụ}",
            "aliases: {Tình trạng: [Kết quả thực hiện Tình trạng], Mã nhiệm vụ: [Mã NV]}");
    SourceRow grouped =
        row(
            "Nhiệm vụ",
            "x",
            "Mã NV",
            "NQ57.T.01",
            "Kết quả thực hiện  tình trạng",
            "Đang thực hiện");
    SourceRow plain =
        row("Nhiệm vụ", "x", "Mã nhiệm vụ", "NQ57.T.01", "Tình trạng", "Đang thực hiện");

    assertThat(map(aliased, grouped)).isEqualTo(map(aliased, plain));
    assertThat(map(aliased, grouped)).isInstanceOf(MappingOutcome.Mapped.class);
    assertThat(aliased.sourceValues(grouped)).isEqualTo(aliased.sourceValues(plain));
    assertThat(aliased.sourceHeaders())
        .contains("tình trạng", "kết quả thực hiện tình trạng", "mã nv");
  }

  @Test
  void parksARowThatHasTwoSpellingsOfOneField() {
    TaskMapping aliased =
        mapping("{from: Mã nhiệm vụ}", "aliases: {Tình trạng: [Kết quả thực hiện Tình trạng]}");
    SourceRow both =
        row(
            "Nhiệm vụ",
            "x",
            "Mã nhiệm vụ",
            "NQ57.T.01",
            "Tình trạng",
            "Đang thực hiện",
            "Kết quả thực hiện Tình trạng",
            "Đang thực hiện");

    assertThat(((MappingOutcome.Parked) map(aliased, both)).code())
        .isEqualTo("SOURCE_FIELD_AMBIGUOUS");
  }

  @Test
  void refusesASpellingThatNamesTwoFields() {
    assertThatThrownBy(
            () ->
                mapping(
                    "{from: Mã nhiệm vụ}", "aliases: {Tình trạng: [Kết quả], Mô tả: [kết  quả]}"))
        .isInstanceOf(MappingDefinitionException.class)
        .hasMessageContaining("/aliases")
        .hasMessageContaining("already names the field");
  }

  @Test
  void readsAnAbsentOptionalColumnAsBlankAndParksAnAbsentRequiredOne() {
    String optional = "difficulties: {firstOf: [Khó khăn, Vướng mắc], optional: [Vướng mắc]}";
    SourceRow withoutSecond =
        row(
            "Nhiệm vụ",
            "x",
            "Mã nhiệm vụ",
            "NQ57.T.01",
            "Tình trạng",
            "Đang thực hiện",
            "Khó khăn",
            "Thiếu vốn");

    MappingOutcome read = map(mapping("{from: Mã nhiệm vụ}", optional), withoutSecond);
    MappingOutcome parked =
        map(
            mapping("{from: Mã nhiệm vụ}", "difficulties: {firstOf: [Khó khăn, Vướng mắc]}"),
            withoutSecond);

    assertThat(((MappingOutcome.Mapped) read).report().difficulties()).isEqualTo("Thiếu vốn");
    assertThat(((MappingOutcome.Parked) parked).code()).isEqualTo("SOURCE_FIELD_ABSENT");
  }

  @Test
  void refusesAnOptionalFieldThePartDoesNotName() {
    assertThatThrownBy(
            () ->
                mapping(
                    "{from: Mã nhiệm vụ}", "difficulties: {from: Khó khăn, optional: [Vướng mắc]}"))
        .isInstanceOf(MappingDefinitionException.class)
        .hasMessageContaining("/difficulties/optional/0")
        .hasMessageContaining("not a field of this part");
  }

  @Test
  void refusesATaskCodeWithNeitherSourceNorCrosswalk() {
    assertThatThrownBy(() -> mapping("{}", ""))
        .isInstanceOf(MappingDefinitionException.class)
        .hasMessageContaining("/taskCode");
  }
}
