package vn.nq57.sync.mapping;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import vn.nq57.sync.source.Headers;
import vn.nq57.sync.source.SourceRow;

/**
 * A loaded and validated indicator mapping that turns source rows holding figures ("đạt 78,52%")
 * into items of the national IndicatorReportBatch. Immutable and safe to share between threads.
 */
public final class IndicatorMapping {

  private static final int MAX_UNIT = 32;
  private static final int MAX_NOTE = 2000;

  private final String id;
  private final IndicatorCodes codes;
  private final Selector value;
  private final IndicatorValues values;
  private final Selector unit;
  private final TextRule note;
  private final List<String> sourceFields;

  private IndicatorMapping(IndicatorSpec spec, IndicatorCodes codes) {
    this.id = spec.id();
    this.codes = codes;
    this.value = Selector.of(spec.value().select());
    this.values = new IndicatorValues(value.label(), spec.value().fraction());
    this.unit = Selector.of(spec.unit());
    this.note = new TextRule(Selector.of(spec.note()), "note", MAX_NOTE);
    this.sourceFields = sourceFields(codes.source(), value, unit, Selector.of(spec.note()));
  }

  /** Loads an indicator mapping file. */
  public static IndicatorMapping load(Path mappingYaml) {
    String yaml = TaskMapping.read(mappingYaml);
    if (yaml == null) {
      throw new MappingDefinitionException(mappingYaml + ": the mapping file does not exist.");
    }
    return parse(yaml, mappingYaml.toString());
  }

  /**
   * Parses and validates an indicator mapping held in memory.
   *
   * @param origin names the definition in error messages, e.g. its file path
   */
  public static IndicatorMapping parse(String yaml, String origin) {
    YamlDocument doc = YamlDocument.parse(yaml, origin);
    DefinitionSchema.INDICATORS.check(doc);
    IndicatorSpec spec = MappingLoader.bind(doc, IndicatorSpec.class);
    SelectorCheck.check(doc, "/indicator", spec.indicator().select());
    SelectorCheck.check(doc, "/value", spec.value().select());
    Stream.of("unit", "note")
        .forEach(
            part -> {
              MappingSpec.Field field = part.equals("unit") ? spec.unit() : spec.note();
              if (field != null) {
                SelectorCheck.check(doc, "/" + part, field);
              }
            });
    return new IndicatorMapping(spec, IndicatorCodes.of(doc, spec.indicator()));
  }

  public String id() {
    return id;
  }

  /** The fields that name the indicator: a spreadsheet's header row is found by them. */
  public List<String> keyFields() {
    return codes.source().fields();
  }

  /**
   * The identity of a row: the national code of the indicator it reports, so one indicator is
   * stored once per source whatever row it moves to; missing when the row names no known indicator.
   */
  public KeyResult keyOf(SourceRow source) {
    try {
      return new KeyResult.Key(codes.code(new RowFields(source)));
    } catch (UnmappableValueException e) {
      return new KeyResult.Missing(e.getMessage());
    }
  }

  /** Every source field the mapping reads. */
  public List<String> sourceFields() {
    return sourceFields;
  }

  /** Maps one row to an indicator item, or parks it with every problem found. */
  public IndicatorOutcome map(SourceRow source) {
    RowFields row = new RowFields(source);
    Problems problems = new Problems();
    String code = problems.attempt(() -> codes.code(row));
    IndicatorValues.Figure figure = problems.attempt(() -> values.read(value.read(row)));
    String unitText = problems.attempt(() -> unit(row, figure));
    String noteText = problems.attempt(() -> note.value(row));
    if (problems.any()) {
      MappingOutcome.Parked parked = problems.parked();
      return new IndicatorOutcome.Parked(parked.code(), parked.reason());
    }
    return new IndicatorOutcome.Mapped(new IndicatorItem(code, figure.value(), unitText, noteText));
  }

  // A '%' in the figure says the unit; otherwise the mapping's unit part does.
  private String unit(RowFields row, IndicatorValues.Figure figure) {
    if (figure != null && figure.percent()) {
      return "%";
    }
    String text = unit == null || !unit.applies(row) ? "" : VietnameseText.clean(unit.read(row));
    if (VietnameseText.length(text) > MAX_UNIT) {
      throw new UnmappableValueException(
          "FIELD_TOO_LONG",
          "The unit %s is longer than the contract's %d characters; shorten it."
              .formatted(VietnameseText.quote(text), MAX_UNIT));
    }
    return text.isEmpty() ? null : text;
  }

  private static List<String> sourceFields(Selector... selectors) {
    Map<String, String> fields = new LinkedHashMap<>();
    Stream.of(selectors)
        .filter(Objects::nonNull)
        .flatMap(s -> s.fields().stream())
        .forEach(f -> fields.putIfAbsent(Headers.normalise(f), f));
    return List.copyOf(fields.values());
  }

  @Override
  public String toString() {
    return "IndicatorMapping[" + id + "]";
  }
}
