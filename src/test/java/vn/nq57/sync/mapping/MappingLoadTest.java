package vn.nq57.sync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingLoadTest {

  private static final Path DEFINITIONS = Path.of("src/test/resources/mapping/definitions");

  @Test
  void loadsAValidDefinitionWithItsCrosswalk() {
    TaskMapping mapping = MappingFiles.load(DEFINITIONS.resolve("valid.yaml"));

    assertThat(mapping.id()).isEqualTo("test");
    assertThat(mapping.sourceFields()).containsExactly("Tên nhiệm vụ", "Kết quả");
  }

  @Test
  void loadsTheShippedPhuLucIMapping() {
    assertThat(MappingFiles.load(Path.of("mappings/bao-cao-phu-luc-I.yaml")).id())
        .isEqualTo("bao-cao-phu-luc-I");
  }

  @ParameterizedTest(name = "{0} is refused: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown-property.yaml                     | line 2, at /colour: property 'colour' is not defined",
        "misspelt-status-from.yaml                 | line 8, at /status/form: property 'form' is not defined",
        "deadline-unknown-option.yaml              | line 12, at /deadline/format: property 'format'",
        "bad-status-target.yaml                    | line 11, at /status/valueMap/Đã hoàn thành: does not have a value in the enumeration",
        "missing-key.yaml                          | at /key: required property 'key' not found",
        "empty-key-from.yaml                       | line 4, at /key/from: must have at least 1 items",
        "bad-prefix.yaml                           | line 3, at /key/prefix: does not match the regex pattern",
        "overdue-not-boolean.yaml                  | line 12, at /status/overdueWhenPastDue: string found, boolean expected",
        "valuemap-duplicate-after-normalising.yaml | line 12, at /status/valueMap/đã  HOÀN thành: 'Đã hoàn thành' and 'đã  HOÀN thành' are the same wording",
        "valuemap-duplicate-key.yaml               | line 12: not valid YAML: Duplicate Object property \"Đang thực hiện\"",
        "not-yaml.yaml                             | line 9: not valid YAML",
        "missing-crosswalk.yaml                    | line 6, at /taskCode/crosswalk: crosswalk file 'nowhere.crosswalk.yaml' does not exist",
        "crosswalk-outside-folder.yaml             | line 6, at /taskCode/crosswalk: does not match the regex pattern",
        "uses-duplicate-ref-crosswalk.yaml         | duplicate-ref.crosswalk.yaml line 4, at /tasks/1/localRef: localRef 'T:0000000000000001' is listed twice",
        "uses-long-code-crosswalk.yaml             | long-code.crosswalk.yaml line 3, at /tasks/0/taskCode: 'NQ57.TEST.01.THIS-CODE-IS-FAR-TOO-LONG-FOR-THE-NATIONAL-CONTRACT-WHICH-ALLOWS-64' is longer than the contract's 64 characters",
        "uses-no-tasks-crosswalk.yaml              | no-tasks.crosswalk.yaml line 1, at /tasks: a crosswalk needs a 'tasks' list",
        "uses-unknown-entry-property-crosswalk.yaml | unknown-entry-property.crosswalk.yaml line 4, at /tasks/0/code: unknown property 'code'",
        "selector-two-ways.yaml                    | line 12, at /deadline: say where the value comes from with exactly one of 'from', 'firstOf', 'concat' or 'value' (found from, value)",
        "selector-none.yaml                        | line 12, at /resultSummary: say where the value comes from with exactly one of 'from', 'firstOf', 'concat' or 'value' (found none)",
        "status-two-ways.yaml                      | line 7, at /status: say where the value comes from with exactly one of 'from', 'firstOf', 'concat' or 'value' (found from, value)",
        "status-without-source.yaml                | line 7, at /status: say where the value comes from with exactly one of 'from', 'firstOf', 'concat' or 'value' (found none)",
        "separator-without-concat.yaml             | line 14, at /resultSummary/separator: 'separator' applies only to 'concat'",
        "when-two-tests.yaml                       | line 14, at /difficulties/when: a condition makes exactly one test: 'equals', 'in' or 'blank'",
        "when-unknown-test.yaml                    | line 16, at /difficulties/when/contains: property 'contains' is not defined",
        "concat-one-field.yaml                     | line 13, at /resultSummary/concat: must have at least 2 items",
        "progress-unknown-option.yaml              | line 14, at /progressPercent/scale: property 'scale' is not defined",
        "leadunit-without-agency-map.yaml          | line 12, at /leadUnit/agencyMap: required property 'agencyMap' not found",
        "missing-agency-map.yaml                   | line 14, at /leadUnit/agencyMap: agency map file 'nowhere.agencies.yaml' does not exist next to the mapping",
        "uses-bad-code-agencies.yaml               | line 2, at /units/0/code: does not match the regex pattern",
        "uses-duplicate-variant-agencies.yaml      | duplicate-variant.agencies.yaml line 5, at /units/0/variants/0: 'Văn phòng UBND tỉnh' reads the same as 'Văn phòng Ủy ban nhân dân tỉnh' listed earlier"
      })
  void refusesABrokenDefinitionNamingFileLineAndPath(String file, String expected) {
    Path path = DEFINITIONS.resolve(file);

    assertThatThrownBy(() -> MappingFiles.load(path))
        .isInstanceOf(MappingDefinitionException.class)
        .hasMessageStartingWith(path.toString().replace(file, ""))
        .hasMessageContaining(file.startsWith("uses-") ? " of " + path : path.toString())
        .hasMessageContaining(expected);
  }

  @Test
  void parseAsksTheLoaderForTheCrosswalkByItsReferencedName() {
    String yaml =
        "id: x\nkey: {prefix: X, from: [A]}\ntaskCode: {crosswalk: x.crosswalk.yaml}\n"
            + "status: {from: B, valueMap: {b: COMPLETED}}\n";

    assertThatThrownBy(() -> TaskMapping.parse(yaml, "inline.yaml", name -> null))
        .isInstanceOf(MappingDefinitionException.class)
        .hasMessage(
            "inline.yaml line 3, at /taskCode/crosswalk: crosswalk file 'x.crosswalk.yaml' does not exist next to the mapping.");
    assertThat(TaskMapping.parse(yaml, "inline.yaml", name -> "tasks: []\n").keyFields())
        .containsExactly("A");
  }

  @Test
  void refusesADocumentThatIsNotAMapping() {
    assertThatThrownBy(() -> TaskMapping.parse("- just a list\n", "list.yaml", name -> null))
        .isInstanceOf(MappingDefinitionException.class)
        .hasMessageStartingWith("list.yaml: the file must hold a YAML mapping");
  }
}
