package vn.nq57.sync.mappingstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.nq57.sync.mapping.MappingDefinitionException;

class ValueMapEditorTest {

  private static final String MAPPING =
      """
      # a comment that the edit keeps
      id: test
      status:
        from: "Kết quả"
        valueMap:
          "Đang thực hiện": IN_PROGRESS   # the usual wording
          "Đã hoàn thành": COMPLETED
      # the deadline column
      deadline:
        from: "Thời hạn"
      """;

  @Test
  void addsTheWordingToTheValueMapAndKeepsEverythingElse() {
    JsonNode edited =
        DefinitionCheck.tree(
            ValueMapEditor.put(MAPPING, "status", "  Đang   triển khai ", "IN_PROGRESS"));
    assertThat(edited.at("/status/valueMap").properties())
        .extracting(e -> e.getKey() + "=" + e.getValue().asString())
        .containsExactly(
            "Đang thực hiện=IN_PROGRESS", "Đã hoàn thành=COMPLETED", "Đang triển khai=IN_PROGRESS");
    assertThat(edited.at("/status/from").asString()).isEqualTo("Kết quả");
    assertThat(edited.at("/deadline/from").asString()).isEqualTo("Thời hạn");
    assertThat(edited.at("/id").asString()).isEqualTo("test");
  }

  @Test
  void retargetsAKeyThatReadsTheSameInsteadOfAddingADuplicate() {
    JsonNode edited =
        DefinitionCheck.tree(ValueMapEditor.put(MAPPING, "status", "ĐÃ HOÀN THÀNH", "SUSPENDED"));
    assertThat(edited.at("/status/valueMap").size()).isEqualTo(2);
    assertThat(edited.at("/status/valueMap/Đã hoàn thành").asString()).isEqualTo("SUSPENDED");
  }

  @Test
  void writesVietnameseAsTextNotEscapes() {
    assertThat(ValueMapEditor.put(MAPPING, "status", "Tạm dừng", "SUSPENDED"))
        .contains("Tạm dừng")
        .doesNotStartWith("---");
  }

  @Test
  void keepsCommentsAndChangesOnlyTheOneEntry() {
    String edited = ValueMapEditor.put(MAPPING, "status", "Tạm dừng", "SUSPENDED");
    assertThat(edited)
        .isEqualTo(MAPPING.replace("COMPLETED\n", "COMPLETED\n    \"Tạm dừng\": SUSPENDED\n"));
    String retargeted = ValueMapEditor.put(MAPPING, "status", "đang thực hiện", "NOT_STARTED");
    assertThat(retargeted)
        .isEqualTo(
            MAPPING.replace(
                "IN_PROGRESS   # the usual wording", "NOT_STARTED   # the usual wording"));
  }

  @Test
  void startsAValueMapInAPartWithoutOne() {
    String edited = ValueMapEditor.put(MAPPING, "deadline", "Quý 4", "X");
    assertThat(edited)
        .contains("deadline:\n  from: \"Thời hạn\"\n  valueMap:\n    \"Quý 4\": X\n")
        .contains("# the deadline column");
  }

  @Test
  void refusesAPartWithoutAValueMapSection() {
    assertThatThrownBy(() -> ValueMapEditor.put(MAPPING, "leadUnit", "Sở KH&CN", "SKHCN"))
        .isInstanceOf(MappingDefinitionException.class)
        .hasMessageContaining("leadUnit");
  }
}
