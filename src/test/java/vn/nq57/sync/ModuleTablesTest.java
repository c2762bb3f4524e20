package vn.nq57.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table belongs to one module, and only that module's code names it in SQL; other modules go
 * through the owner's API. Quartz reads and writes its {@code QRTZ_*} tables itself.
 */
class ModuleTablesTest {

  /** The tables of each module; a module not listed owns none. */
  static final Map<String, Set<String>> TABLES =
      Map.of(
          "access", Set.of("app_user", "audit_entry"),
          "operations", Set.of("replay_job", "replay_job_entry"),
          "source",
              Set.of("source_file", "source_record", "source_record_mark", "source_watermark"),
          "mappingstore", Set.of("mapping_version", "mapping_activation", "unmapped_value"),
          "run", Set.of("sync_run", "run_source", "parked_record", "run_mapping_version"),
          "submission",
              Set.of(
                  "submission",
                  "submission_item",
                  "reported_task",
                  "delivery_control",
                  "submission_attempt"),
          "alerting", Set.of("alert", "alert_message"),
          "national",
              Set.of("national_request", "national_pause", "catalogue_task", "catalogue_refresh"),
          "scheduling",
              Set.of(
                  "schedule_registration",
                  "schedule_claim",
                  "schedule_overdue_warning",
                  "qrtz_job_details",
                  "qrtz_triggers",
                  "qrtz_simple_triggers",
                  "qrtz_cron_triggers",
                  "qrtz_simprop_triggers",
                  "qrtz_blob_triggers",
                  "qrtz_calendars",
                  "qrtz_paused_trigger_grps",
                  "qrtz_fired_triggers",
                  "qrtz_scheduler_state",
                  "qrtz_locks"));

  private static final Path MAIN = Path.of("src/main/java/vn/nq57/sync");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Pattern CREATE_TABLE =
      Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern TABLE_IN_SQL =
      Pattern.compile("\\b(?:FROM|JOIN|UPDATE|INSERT INTO|DELETE FROM)\\s+(\\w+)");

  @Test
  void everyTableTheMigrationsCreateHasOneOwner() throws IOException {
    Set<String> created = new TreeSet<>();
    for (Path migration : files(MIGRATIONS, ".sql")) {
      Matcher m = CREATE_TABLE.matcher(Files.readString(migration));
      while (m.find()) {
        created.add(m.group(1).toLowerCase(Locale.ROOT));
      }
    }
    List<String> owned = TABLES.values().stream().flatMap(Set::stream).sorted().toList();

    assertThat(owned).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
  }

  @Test
  void sqlInMainCodeNamesOnlyTheTablesOfItsOwnModule() throws IOException {
    List<String> trespasses = new ArrayList<>();
    for (Path file : files(MAIN, ".java")) {
      String module = MAIN.relativize(file).getName(0).toString();
      Matcher m = TABLE_IN_SQL.matcher(Files.readString(file));
      while (m.find()) {
        String table = m.group(1).toLowerCase(Locale.ROOT);
        String owner = owner(table);
        if (owner != null && !owner.equals(module)) {
          trespasses.add(MAIN.relativize(file) + " uses " + table + " of module " + owner);
        }
      }
    }

    assertThat(trespasses).isEmpty();
  }

  @Test
  void theScanFindsTablesInTheSqlOfThisCodeBase() {
    Matcher m = TABLE_IN_SQL.matcher("SELECT 1 FROM sync_run r LEFT JOIN submission s ON true");
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    assertThat(found).containsExactly("sync_run", "submission");
  }

  private static String owner(String table) {
    return TABLES.entrySet().stream()
        .filter(e -> e.getValue().contains(table))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  private static List<Path> files(Path folder, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
