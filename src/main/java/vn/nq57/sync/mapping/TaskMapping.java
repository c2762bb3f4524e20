package vn.nq57.sync.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.nq57.sync.national.TaskCatalogue;
import vn.nq57.sync.source.SourceRow;

/**
 * A loaded and fully validated mapping definition (with its crosswalk) that turns source rows into
 * national task reports. Immutable and safe to share between threads.
 */
public final class TaskMapping {

  private final String id;
  private final KeyRule key;
  private final RowMapper rows;
  private final List<String> sourceFields;
  private final Aliases aliases;
  private final TaskCatalogue catalogue;

  TaskMapping(String id, KeyRule key, RowMapper rows, List<String> sourceFields, Aliases aliases) {
    this(id, key, rows, sourceFields, aliases, null);
  }

  private TaskMapping(
      String id,
      KeyRule key,
      RowMapper rows,
      List<String> sourceFields,
      Aliases aliases,
      TaskCatalogue catalogue) {
    this.id = id;
    this.key = key;
    this.rows = rows;
    this.sourceFields = List.copyOf(sourceFields);
    this.aliases = aliases;
    this.catalogue = catalogue;
  }

  /**
   * This mapping, checking every task code against the national catalogue: a code the catalogue
   * lacks, or assigns to another unit, parks its row instead of being sent. Null: no check. The
   * same catalogue (instance) as now answers this very mapping.
   */
  public TaskMapping checkedAgainst(TaskCatalogue nationalCatalogue) {
    if (nationalCatalogue == catalogue) {
      return this;
    }
    return new TaskMapping(id, key, rows, sourceFields, aliases, nationalCatalogue);
  }

  /**
   * Parses and validates a mapping held in memory.
   *
   * @param origin names the definition in error messages, e.g. its file path
   * @param crosswalkLoader the crosswalk YAML for a referenced name, or null if there is none
   */
  public static TaskMapping parse(
      String yaml, String origin, Function<String, String> crosswalkLoader) {
    return MappingLoader.parse(yaml, origin, crosswalkLoader);
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public String id() {
    return id;
  }

  /** The source fields that make up the key; a row where all are blank is not a task. */
  public List<String> keyFields() {
    return key.fields();
  }

  /** Every source field the mapping reads, key fields first, as the mapping names them. */
  public List<String> sourceFields() {
    return sourceFields;
  }

  /**
   * For each key field, the header spellings that name it (its own and its aliases): a sheet's
   * header row must name every key field one way or another.
   */
  public List<List<String>> keyHeaders() {
    return key.fields().stream().map(aliases::written).toList();
  }

  /** The header spellings of one field (normalised): its own name first, then its aliases. */
  public List<String> headerSpellings(String field) {
    return aliases.of(field);
  }

  /** Every header spelling of every field the mapping reads, aliases included. */
  public List<String> sourceHeaders() {
    return aliases.all(sourceFields);
  }

  /**
   * The raw values of the fields the mapping reads, by the names the mapping gives them (whatever
   * spelling the source used), "" for a field the row lacks: what a record's content hash covers.
   */
  public Map<String, String> sourceValues(SourceRow row) {
    RowFields fields = new RowFields(row, aliases);
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : sourceFields) {
      String value;
      try {
        value = fields.find(field).orElse("");
      } catch (UnmappableValueException ambiguous) {
        value = "";
      }
      values.put(field, value);
    }
    return values;
  }

  /** The row's localRef, or why it has none. */
  public KeyResult keyOf(SourceRow row) {
    try {
      return key.keyOf(new RowFields(row, aliases));
    } catch (UnmappableValueException e) {
      return new KeyResult.Missing(e.getMessage());
    }
  }

  /**
   * The task's title as the row states it: its key fields (the task name, usually), cleaned and
   * joined by a space; empty when they are blank.
   */
  public String title(SourceRow row) {
    RowFields fields = new RowFields(row, aliases);
    return key.fields().stream()
        .map(field -> VietnameseText.clean(find(fields, field)))
        .filter(value -> !value.isEmpty())
        .collect(Collectors.joining(" "));
  }

  /** The crosswalk's confirmed links, localRef → national task code; empty without a crosswalk. */
  public Map<String, String> crosswalkLinks() {
    return rows.taskCodeRule().links();
  }

  /**
   * The row's confirmed national task code, from its source field or the crosswalk, not checked
   * against the catalogue; empty when it has none.
   */
  public Optional<String> taskCode(SourceRow row, String localRef) {
    try {
      return rows.taskCode(new RowFields(row, aliases), localRef);
    } catch (UnmappableValueException e) {
      return Optional.empty();
    }
  }

  /**
   * Maps one row.
   *
   * @param localRef the row's key from {@link #keyOf}
   * @param today the current date in Vietnam, for OVERDUE and completion-date checks
   */
  public MappingOutcome map(SourceRow row, String localRef, LocalDate today) {
    return rows.map(new RowFields(row, aliases), localRef, today, catalogue);
  }

  private static String find(RowFields fields, String field) {
    try {
      return fields.find(field).orElse(null);
    } catch (UnmappableValueException ambiguous) {
      return null;
    }
  }

  /**
   * The first agency name of the row's lead-unit cell that the mapping's agency map does not know
   * (what parks a row {@code AGENCY_UNMAPPED}); empty when every name is known or the mapping
   * reports no lead unit.
   */
  public Optional<UnknownAgency> unknownAgency(SourceRow row) {
    return rows.unknownAgency(new RowFields(row));
  }

  /**
   * An agency wording an agency map lacks.
   *
   * @param agencyMap the agency map's file name as the mapping names it, e.g. {@code
   *     don-vi-quang-ngai.agencies.yaml}
   * @param wording the wording as the source wrote it, cleaned
   */
  public record UnknownAgency(String agencyMap, String wording) {}

  @Override
  public String toString() {
    return "TaskMapping[" + id + "]";
  }
}
