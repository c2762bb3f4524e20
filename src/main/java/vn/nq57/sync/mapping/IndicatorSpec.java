package vn.nq57.sync.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** An indicator mapping as written in YAML, bound after the schema has accepted it. */
record IndicatorSpec(
    String id,
    String title,
    String description,
    Indicator indicator,
    Value value,
    MappingSpec.Field unit,
    MappingSpec.Field note) {

  record Indicator(
      String from,
      List<String> firstOf,
      List<String> concat,
      String separator,
      String value,
      @JsonProperty("default") String fallback,
      Map<String, String> codeMap) {

    MappingSpec.Field select() {
      return new MappingSpec.Field(from, firstOf, concat, separator, value, fallback, null);
    }
  }

  record Value(
      String from,
      List<String> firstOf,
      List<String> concat,
      String separator,
      String value,
      @JsonProperty("default") String fallback,
      String fraction) {

    MappingSpec.Field select() {
      return new MappingSpec.Field(from, firstOf, concat, separator, value, fallback, null);
    }
  }
}
