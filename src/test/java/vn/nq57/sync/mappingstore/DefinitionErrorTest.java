package vn.nq57.sync.mappingstore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.nq57.sync.mapping.MappingDefinitionException;

class DefinitionErrorTest {

  @Test
  void splitsAListOfProblemsIntoFileLineFieldAndMessage() {
    var errors =
        DefinitionError.from(
            new MappingDefinitionException(
                "mappings/x.yaml is not a valid definition:\n"
                    + "  - line 14, at /status/valueMap/Đã hoàn thành: does not have a value in the enumeration\n"
                    + "  - line 3, at /key/prefix: too long"));
    assertThat(errors)
        .containsExactly(
            new DefinitionError(
                "mappings/x.yaml",
                14,
                "/status/valueMap/Đã hoàn thành",
                "does not have a value in the enumeration"),
            new DefinitionError("mappings/x.yaml", 3, "/key/prefix", "too long"));
  }

  @Test
  void readsASingleProblemAndOneWithoutAField() {
    assertThat(
            DefinitionError.from(
                new MappingDefinitionException("mappings/x.yaml line 7, at /id: wrong")))
        .containsExactly(new DefinitionError("mappings/x.yaml", 7, "/id", "wrong"));
    assertThat(
            DefinitionError.from(
                new MappingDefinitionException("mappings/x.yaml line 2: not valid YAML: oops")))
        .containsExactly(new DefinitionError("mappings/x.yaml", 2, null, "not valid YAML: oops"));
  }

  @Test
  void keepsAMessageWithoutALineWhole() {
    assertThat(DefinitionError.from(new MappingDefinitionException("something odd")))
        .containsExactly(new DefinitionError(null, null, null, "something odd"));
  }
}
