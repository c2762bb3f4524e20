package vn.nq57.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.nq57.sync.source.SourceRow;

/**
 * Maps whole sources with each shipped mapping and compares every outcome with the reviewed golden
 * file. To accept a deliberate change, run once with {@code -Dgolden.update=true}, review the
 * file's diff, commit it.
 */
class GoldenFileTest {

  private static final Path GOLDEN_DIR = Path.of("src/test/resources/mapping/golden");
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  @ParameterizedTest(name = "{0} maps {1} as reviewed in {2}")
  @CsvSource({
    "bao-cao-phu-luc-I,  src/main/resources/demo/bao-cao-phu-luc-I.csv,               bao-cao-phu-luc-I.expected.json,        2025-08-25",
    "ke-hoach-ubnd-2026, src/test/resources/mapping/golden/ke-hoach-ubnd-2026.input.csv, ke-hoach-ubnd-2026.expected.json,       2026-03-31",
    "ke-hoach-ubnd-2026, src/test/resources/mapping/golden/ke-hoach-ubnd-10-2025.input.csv, ke-hoach-ubnd-10-2025.expected.json, 2025-12-15"
  })
  void mapsWholeSourcesExactlyAsReviewed(String mapping, Path csv, String golden, LocalDate today)
      throws IOException {
    TaskMapping tasks = MappingFiles.load(Path.of("mappings", mapping + ".yaml"));
    assertMatchesGolden(outcomes(tasks, csv, today), GOLDEN_DIR.resolve(golden));
  }

  /** Compares with the golden file, rewriting it first when {@code -Dgolden.update=true}. */
  static void assertMatchesGolden(ArrayNode actual, Path golden) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
    }
    JsonNode expected = JSON.readTree(golden.toFile());

    assertThat(differences(expected, actual)).as("rows that differ from %s", golden).isEmpty();
  }

  private static ArrayNode outcomes(TaskMapping mapping, Path csv, LocalDate today)
      throws IOException {
    ArrayNode outcomes = JSON.createArrayNode();
    for (CSVRecord record : records(csv)) {
      SourceRow row =
          new SourceRow(
              "demo", csv.getFileName() + " row " + record.getRecordNumber(), record.toMap());
      ObjectNode outcome = outcomes.addObject().put("row", (int) record.getRecordNumber());
      KeyResult key = mapping.keyOf(row);
      if (key instanceof KeyResult.Key k) {
        outcome.put("localRef", k.localRef());
        describe(outcome, mapping.map(row, k.localRef(), today));
      } else {
        outcome.put("keyMissing", ((KeyResult.Missing) key).reason());
      }
    }
    return outcomes;
  }

  private static void describe(ObjectNode outcome, MappingOutcome mapped) {
    if (mapped instanceof MappingOutcome.Mapped m) {
      outcome.put("outcome", "MAPPED").set("report", JSON.valueToTree(m.report()));
    } else if (mapped instanceof MappingOutcome.Parked p) {
      outcome.put("outcome", "PARKED").put("code", p.code()).put("reason", p.reason());
    }
  }

  /** The records of a CSV file with a header row, as a spreadsheet export writes it. */
  static List<CSVRecord> records(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    // Excel writes a byte-order mark; the header row must not start with it.
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      return parser.getRecords();
    }
  }

  // One line per differing value, e.g. row 16 /report/status: expected "OVERDUE", actual
  // "IN_PROGRESS".
  static final ObjectMapper json() {
    return JSON;
  }

  private static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      diff("row " + (i + 1) + " ", expected.get(i), actual.get(i), differences);
    }
    return differences;
  }

  private static void diff(String at, JsonNode want, JsonNode got, List<String> out) {
    if (want != null
        && got != null
        && want.isContainer()
        && want.getNodeType() == got.getNodeType()) {
      List<String> names = new ArrayList<>();
      names.addAll(want.propertyNames());
      got.propertyNames().forEach(n -> names.add(names.contains(n) ? null : n));
      for (String name : names.stream().filter(n -> n != null).toList()) {
        diff(at + "/" + name, want.get(name), got.get(name), out);
      }
      for (int i = 0; want.isArray() && i < Math.max(want.size(), got.size()); i++) {
        diff(at + "/" + i, want.get(i), got.get(i), out);
      }
    } else if (want == null || !want.equals(got)) {
      out.add("%s: expected %s, actual %s".formatted(at, want, got));
    }
  }
}
