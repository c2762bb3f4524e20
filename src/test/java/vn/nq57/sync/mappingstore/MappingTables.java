package vn.nq57.sync.mappingstore;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nq57.sync.support.DatabaseCleaner;

/** Leaves the mapping tables as start-up left them: the shipped files imported and active. */
final class MappingTables {

  private MappingTables() {}

  static void reset(JdbcClient jdbc, MappingFileImport files) {
    // Submission items may reference versions, so the pipeline tables go first.
    DatabaseCleaner.clean(jdbc);
    jdbc.sql("DELETE FROM unmapped_value").update();
    jdbc.sql("DELETE FROM mapping_activation").update();
    jdbc.sql("DELETE FROM mapping_version").update();
    files.importAll();
  }
}
