package vn.nq57.sync.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.nq57.sync.source.Headers;

/**
 * Selects the text a mapping part reads from a row: one field, the first non-blank of several, a
 * concatenation or a constant, with an optional default for blanks and an optional condition.
 */
final class Selector {

  static final String DEFAULT_SEPARATOR = "; ";

  private enum Kind {
    FIELD,
    FIRST_OF,
    CONCAT,
    VALUE
  }

  private final Kind kind;
  private final List<String> fields;
  private final String separator;
  private final String constant;
  private final String fallback;
  private final Condition when;
  private final Set<String> optional;

  private Selector(Kind kind, List<String> fields, MappingSpec.Field spec) {
    this.kind = kind;
    this.fields = List.copyOf(fields);
    this.optional =
        spec.optional() == null
            ? Set.of()
            : spec.optional().stream().map(Headers::normalise).collect(Collectors.toSet());
    this.separator = spec.separator() == null ? DEFAULT_SEPARATOR : spec.separator();
    this.constant = spec.value();
    this.fallback = spec.fallback();
    this.when = spec.when() == null ? null : new Condition(spec.when());
  }

  /** The selector of an optional part, or null when the mapping leaves the part out. */
  static Selector of(MappingSpec.Field spec) {
    if (spec == null) {
      return null;
    }
    if (spec.from() != null) {
      return new Selector(Kind.FIELD, List.of(spec.from()), spec);
    }
    if (spec.firstOf() != null) {
      return new Selector(Kind.FIRST_OF, spec.firstOf(), spec);
    }
    if (spec.concat() != null) {
      return new Selector(Kind.CONCAT, spec.concat(), spec);
    }
    return new Selector(Kind.VALUE, List.of(), spec);
  }

  /** Every source field read, the condition's included. */
  List<String> fields() {
    return Stream.concat(fields.stream(), Stream.ofNullable(when).map(Condition::field)).toList();
  }

  /** How reasons name the source: the field itself, or the fields combined. */
  String label() {
    return switch (kind) {
      case FIELD -> fields.get(0);
      case FIRST_OF -> "first of " + fields;
      case CONCAT -> "concat of " + fields;
      case VALUE -> "value '" + constant + "'";
    };
  }

  /** Whether the part applies to the row; a part whose condition fails is left out. */
  boolean applies(RowFields row) {
    return when == null || when.holds(row);
  }

  /** The raw selected text (the default when blank), "" when blank without a default. */
  String read(RowFields row) {
    String text =
        switch (kind) {
          case FIELD -> value(row, fields.get(0));
          case FIRST_OF -> firstOf(row);
          case CONCAT -> concat(row);
          case VALUE -> constant;
        };
    return VietnameseText.clean(text).isEmpty() && fallback != null ? fallback : text;
  }

  private String firstOf(RowFields row) {
    List<String> values = fields.stream().map(f -> value(row, f)).toList();
    return values.stream().filter(v -> !VietnameseText.clean(v).isEmpty()).findFirst().orElse("");
  }

  private String concat(RowFields row) {
    List<String> parts = new ArrayList<>();
    for (String field : fields) {
      String value = value(row, field);
      if (!VietnameseText.clean(value).isEmpty()) {
        parts.add(value.strip());
      }
    }
    return String.join(separator, parts);
  }

  /** A field's raw value; an optional field the source lacks reads as blank. */
  private String value(RowFields row, String field) {
    return optional.contains(Headers.normalise(field))
        ? row.find(field).orElse("")
        : row.get(field);
  }

  /** A test on one field's normalised value. */
  private record Condition(String field, List<String> values, Boolean blank) {

    Condition(MappingSpec.When spec) {
      this(spec.field(), values(spec), spec.blank());
    }

    private static List<String> values(MappingSpec.When spec) {
      List<String> values = spec.equals() != null ? List.of(spec.equals()) : spec.in();
      return values == null ? null : values.stream().map(VietnameseText::normalise).toList();
    }

    boolean holds(RowFields row) {
      String value = VietnameseText.normalise(row.get(field));
      return values != null ? values.contains(value) : Objects.equals(blank, value.isEmpty());
    }
  }
}
