package vn.nq57.sync.mappingstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nq57.sync.mapping.AgencyMaps;
import vn.nq57.sync.mapping.MappingDefinitionException;

/** Resolving an unmapped agency edits the agency map's text: comments and layout stay. */
class AgencyMapEditorTest {

  private static final String MAP =
      """
      # Units of the province.
      description: Test units
      units:
        - code: SKHCN
          name: Sở Khoa học và Công nghệ
          variants: ["Sở KH&CN"]   # as the plans abbreviate it
        - code: SNV
          name: Sở Nội vụ
        - code: VPUBND
          name: Văn phòng Ủy ban nhân dân tỉnh
          variants:
            - "Văn phòng UBND"
            - "Văn phòng UND tỉnh"   # typo in the plan
      # Wordings that name many bodies at once.
      groups:
        - "Các sở, ngành"
      # end of the map
      """;

  @Test
  void addsAVariantToAFlowListAndKeepsTheLinesComment() {
    String edited = AgencyMapEditor.add(MAP, "Sở  KHCN ", "SKHCN");
    assertThat(edited)
        .contains("  variants: [\"Sở KH&CN\", \"Sở KHCN\"]   # as the plans abbreviate it\n");
    assertOnlyAdded(edited, 0);
  }

  @Test
  void addsAVariantToABlockListWithItsIndentation() {
    String edited = AgencyMapEditor.add(MAP, "VP UBND tỉnh", "VPUBND");
    assertThat(edited)
        .contains(
            "      - \"Văn phòng UND tỉnh\"   # typo in the plan\n      - \"VP UBND tỉnh\"\n"
                + "# Wordings");
    assertOnlyAdded(edited, 1);
  }

  @Test
  void givesAUnitWithoutVariantsItsFirstVariant() {
    String edited = AgencyMapEditor.add(MAP, "Sở NV", "SNV");
    assertThat(edited).contains("    name: Sở Nội vụ\n    variants: [\"Sở NV\"]\n  - code: VPUBND");
    assertOnlyAdded(edited, 1);
  }

  @Test
  void addsAGroupWording() {
    String edited = AgencyMapEditor.add(MAP, "Các cơ quan \"liên quan\"", AgencyMapEditor.GROUP);
    assertThat(edited)
        .contains("  - \"Các sở, ngành\"\n  - \"Các cơ quan \\\"liên quan\\\"\"\n# end of the map");
    assertOnlyAdded(edited, 1);
  }

  @Test
  void editsTheShippedAgencyMapWithoutLosingAComment() throws IOException {
    String shipped = Files.readString(Path.of("mappings/don-vi-quang-ngai.agencies.yaml"));
    String edited = AgencyMapEditor.add(shipped, "Sở Công thương tỉnh", "SCT");
    assertThat(comments(edited)).isEqualTo(comments(shipped)).hasSizeGreaterThan(10);
    AgencyMaps.check("mappings/don-vi-quang-ngai.agencies.yaml", edited);
    assertThat(edited).contains("[\"Sơ Công Thương\", \"Sở Công thương tỉnh\"]");
  }

  @Test
  void refusesACodeTheMapDoesNotHaveNamingTheCodesItHas() {
    assertThatThrownBy(() -> AgencyMapEditor.add(MAP, "Sở Mới", "SMOI"))
        .isInstanceOf(MappingDefinitionException.class)
        .hasMessageContaining("'SMOI'")
        .hasMessageContaining("[SKHCN, SNV, VPUBND]")
        .hasMessageContaining("GROUP");
  }

  /** The edit only adds (or lengthens one line), and the result is a valid agency map. */
  private static void assertOnlyAdded(String edited, int newLines) {
    AgencyMaps.check("mappings/test.agencies.yaml", edited);
    List<String> before = MAP.lines().toList();
    List<String> after = edited.lines().toList();
    assertThat(after).hasSize(before.size() + newLines);
    assertThat(comments(edited)).isEqualTo(comments(MAP)).hasSize(5);
  }

  private static List<String> comments(String yaml) {
    return yaml.lines().filter(l -> l.contains("#")).map(l -> l.substring(l.indexOf('#'))).toList();
  }
}
