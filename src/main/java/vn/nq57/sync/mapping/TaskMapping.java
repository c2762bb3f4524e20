package vn.nq57.sync.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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

  TaskMapping(String id, KeyRule key, RowMapper rows, List<String> sourceFields) {
    this.id = id;
    this.key = key;
    this.rows = rows;
    this.sourceFields = List.copyOf(sourceFields);
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

  /** Every source field the mapping reads, key fields first. */
  public List<String> sourceFields() {
    return sourceFields;
  }

  /** The row's localRef, or why it has none. */
  public KeyResult keyOf(SourceRow row) {
    try {
      return key.keyOf(new RowFields(row));
    } catch (UnmappableValueException e) {
      return new KeyResult.Missing(e.getMessage());
    }
  }

  /**
   * The task's title as the row states it: its key fields (the task name, usually), cleaned and
   * joined by a space; empty when they are blank.
   */
  public String title(SourceRow row) {
    RowFields fields = new RowFields(row);
    return key.fields().stream()
        .map(field -> VietnameseText.clean(fields.find(field).orElse(null)))
        .filter(value -> !value.isEmpty())
        .collect(Collectors.joining(" "));
  }

  /** Whether the mapping's crosswalk links the local task to a confirmed national task code. */
  public boolean hasTaskCode(String localRef) {
    return rows.hasTaskCode(localRef);
  }

  /**
   * Maps one row.
   *
   * @param localRef the row's key from {@link #keyOf}
   * @param today the current date in Vietnam, for OVERDUE and completion-date checks
   */
  public MappingOutcome map(SourceRow row, String localRef, LocalDate today) {
    return rows.map(new RowFields(row), localRef, today);
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
