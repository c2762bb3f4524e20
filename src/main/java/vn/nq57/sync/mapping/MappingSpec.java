package vn.nq57.sync.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A mapping definition as written in YAML, bound only after the schema has accepted it; absent
 * optional parts are null.
 */
record MappingSpec(
    String id,
    String title,
    String description,
    Map<String, List<String>> aliases,
    Key key,
    TaskCode taskCode,
    Status status,
    Field deadline,
    Field completedOn,
    Field progressPercent,
    LeadUnit leadUnit,
    Field resultSummary,
    Field difficulties,
    Field proposals,
    Field evidence) {

  record Key(String prefix, List<String> from) {}

  /** At least one of {@code from} (a source field holding the code) and {@code crosswalk}. */
  record TaskCode(String crosswalk, String from) {}

  record Status(
      String from,
      List<String> firstOf,
      List<String> concat,
      List<String> optional,
      String separator,
      String value,
      @JsonProperty("default") String fallback,
      Map<String, String> valueMap,
      boolean overdueWhenPastDue) {

    Field select() {
      return new Field(from, firstOf, concat, optional, separator, value, fallback, null);
    }
  }

  record LeadUnit(
      String from,
      List<String> firstOf,
      List<String> concat,
      List<String> optional,
      String separator,
      String value,
      @JsonProperty("default") String fallback,
      When when,
      String agencyMap) {

    Field select() {
      return new Field(from, firstOf, concat, optional, separator, value, fallback, when);
    }
  }

  /**
   * Where a part's text comes from: exactly one of {@code from}, {@code firstOf}, {@code concat},
   * {@code value}; {@code default} replaces a blank result, {@code when} limits the part to rows
   * that meet a condition, and the fields listed in {@code optional} may be absent from a source.
   */
  record Field(
      String from,
      List<String> firstOf,
      List<String> concat,
      List<String> optional,
      String separator,
      String value,
      @JsonProperty("default") String fallback,
      When when) {

    /** A part without optional fields. */
    Field(
        String from,
        List<String> firstOf,
        List<String> concat,
        String separator,
        String value,
        String fallback,
        When when) {
      this(from, firstOf, concat, null, separator, value, fallback, when);
    }

    Field(String from) {
      this(from, null, null, null, null, null, null, null);
    }
  }

  /** A test on one source field: exactly one of {@code equals}, {@code in}, {@code blank}. */
  record When(String field, String equals, List<String> in, Boolean blank) {}
}
