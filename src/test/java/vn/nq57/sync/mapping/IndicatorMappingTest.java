package vn.nq57.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.nq57.sync.source.SourceRow;

class IndicatorMappingTest {

  private static final Path MAPPING = Path.of("mappings/chi-so-chuyen-doi-so.yaml");
  private static final Path GOLDEN = Path.of("src/test/resources/mapping/golden");
  private static final IndicatorMapping KPI = IndicatorMapping.load(MAPPING);

  @Test
  void mapsTheIndicatorSheetExactlyAsReviewed() throws IOException {
    ArrayNode outcomes = GoldenFileTest.json().createArrayNode();
    for (CSVRecord record :
        GoldenFileTest.records(GOLDEN.resolve("chi-so-chuyen-doi-so.input.csv"))) {
      ObjectNode outcome = outcomes.addObject().put("row", (int) record.getRecordNumber());
      IndicatorOutcome mapped = KPI.map(new SourceRow("test", "row", record.toMap()));
      if (mapped instanceof IndicatorOutcome.Mapped m) {
        ObjectNode item = GoldenFileTest.json().valueToTree(m.item());
        // As a JSON number the way the contract sends it, so 100 and 100.0 compare equal.
        item.put("value", m.item().value().doubleValue());
        outcome.put("outcome", "MAPPED").set("item", item);
      } else if (mapped instanceof IndicatorOutcome.Parked p) {
        outcome.put("outcome", "PARKED").put("code", p.code()).put("reason", p.reason());
      }
    }
    GoldenFileTest.assertMatchesGolden(
        outcomes, GOLDEN.resolve("chi-so-chuyen-doi-so.expected.json"));
  }

  @Test
  void describesTheFieldsItReads() {
    assertThat(KPI.id()).isEqualTo("chi-so-chuyen-doi-so");
    assertThat(KPI.sourceFields()).containsExactly("Chỉ tiêu", "Kết quả", "Đơn vị tính", "Ghi chú");
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "đạt 78,52%      | 78.52   | %",
        "87,43 %         | 87.43   | %",
        "78.5            | 78.5    | ",
        "1.234,5         | 1234.5  | ",
        "1.234           | 1234    | ",
        "19/61           | 19      | "
      })
  void readsVietnameseFigures(String cell, BigDecimal value, String unit) {
    IndicatorMapping counts =
        IndicatorMapping.parse(
            "id: c\nindicator: {value: X.Y}\nvalue: {from: V, fraction: numerator}\n", "c.yaml");

    assertThat(counts.map(new SourceRow("t", "r", Map.of("V", cell))))
        .isEqualTo(new IndicatorOutcome.Mapped(new IndicatorItem("X.Y", value, unit, null)));
  }

  @Test
  void parksAFractionWhenTheMappingDoesNotSayHowToReadIt() {
    IndicatorMapping plain =
        IndicatorMapping.parse("id: c\nindicator: {value: X.Y}\nvalue: {from: V}\n", "c.yaml");

    assertThat(plain.map(new SourceRow("t", "r", Map.of("V", "19/61"))))
        .isInstanceOfSatisfying(
            IndicatorOutcome.Parked.class,
            p -> {
              assertThat(p.code()).isEqualTo("INDICATOR_VALUE_AMBIGUOUS");
              assertThat(p.reason()).contains("'19/61'", "value.fraction: percent");
            });
  }

  @ParameterizedTest(name = "fraction: {0} reads 19/61 as {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {"percent | 31.15 | %", "ratio | 0.3115 | ", "numerator | 19 | "})
  void readsAFractionExactlyAsTheMappingDeclares(String fraction, BigDecimal value, String unit) {
    IndicatorMapping mapping =
        IndicatorMapping.parse(
            "id: c\nindicator: {value: X.Y}\nvalue: {from: V, fraction: " + fraction + "}\n",
            "c.yaml");

    assertThat(mapping.map(new SourceRow("t", "r", Map.of("V", "19/61"))))
        .isEqualTo(new IndicatorOutcome.Mapped(new IndicatorItem("X.Y", value, unit, null)));
  }

  @Test
  void refusesAFractionReadingTheLanguageDoesNotKnow() {
    assertThatThrownBy(
            () ->
                IndicatorMapping.parse(
                    "id: c\nindicator: {value: X.Y}\nvalue: {from: V, fraction: guess}\n",
                    "c.yaml"))
        .isInstanceOf(MappingDefinitionException.class)
        .hasMessageContaining("/value/fraction");
  }

  @Test
  void keysARowByTheCodeOfItsIndicator() {
    assertThat(KPI.keyOf(new SourceRow("t", "r", Map.of("Chỉ tiêu", "Số hồ sơ TTHC được số hóa"))))
        .isEqualTo(new KeyResult.Key("CDS.TTHC.SO_HO_SO_SO_HOA"));
    assertThat(KPI.keyOf(new SourceRow("t", "r", Map.of("Chỉ tiêu", "Tỷ lệ khác"))))
        .isInstanceOfSatisfying(
            KeyResult.Missing.class, m -> assertThat(m.reason()).contains("'Tỷ lệ khác'"));
    assertThat(KPI.keyFields()).containsExactly("Chỉ tiêu");
  }

  @Test
  void refusesAnIndicatorMappingWithoutAValue() {
    assertThatThrownBy(() -> IndicatorMapping.parse("id: c\nindicator: {from: A}\n", "c.yaml"))
        .isInstanceOf(MappingDefinitionException.class)
        .hasMessageContaining("at /value: required property 'value' not found");
  }
}
