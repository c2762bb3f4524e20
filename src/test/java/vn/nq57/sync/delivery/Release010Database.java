package vn.nq57.sync.delivery;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.quartz.CronExpression;
import org.quartz.JobDataMap;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A data folder as release 0.1.0 (commit c6775ca) left it: its embedded PostgreSQL (no passwords,
 * the adapter connected as the superuser), the schema of migrations V1 to V6, and rows written by
 * plain SQL: runs, a submission in every state with its items ({@code
 * src/test/resources/upgrade/release-0.1.0-rows.sql}), the mapping versions its file import stored,
 * its schedule registrations and the Quartz triggers of its daily and weekly schedules.
 */
final class Release010Database {

  static final String SCHEMA_VERSION = "6";
  static final String DAILY_CRON = "0 0 15 * * ?";
  static final String WEEKLY_CRON = "0 0 14 ? * FRI";
  static final String ZONE = "Asia/Ho_Chi_Minh";
  static final String SENT_SUBMISSION_ID = "S-0-1-0-000003";
  private static final Pattern CROSSWALK = Pattern.compile("(?m)^\\s+crosswalk:\\s*(\\S+)\\s*$");

  private Release010Database() {}

  /** Writes the folder; the server is stopped again when this returns. */
  static void writeTo(Path data, Path mappings) throws IOException {
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start()) {
      Flyway.configure()
          .dataSource(postgres.getPostgresDatabase())
          .locations("classpath:db/migration")
          .target(SCHEMA_VERSION)
          .load()
          .migrate();
      JdbcClient db = JdbcClient.create(postgres.getPostgresDatabase());
      insertMappingVersions(db, mappings);
      try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
        ScriptUtils.executeSqlScript(
            connection,
            new FileSystemResource("src/test/resources/upgrade/release-0.1.0-rows.sql"));
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      insertSchedules(db);
    }
  }

  /** {@link #untouchedRows(JdbcClient)} of a written folder, read before the upgrade. */
  static List<String> untouchedRowsOf(Path data) throws IOException {
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start()) {
      return untouchedRows(JdbcClient.create(postgres.getPostgresDatabase()));
    }
  }

  /**
   * What the upgrade must leave exactly as it was: the acknowledged and the failed submission with
   * their items, every mapping version and activation, the stored triggers with their next fire.
   */
  static List<String> untouchedRows(JdbcClient db) {
    List<String> rows = new ArrayList<>();
    rows.addAll(
        db.sql(
                "SELECT s.id || ' ' || s.state || ' ' || s.attempts || ' ' || s.updated_at || ' '"
                    + " || coalesce(s.last_error, '-') || ' ' || i.position || ' ' || i.state"
                    + " FROM submission s JOIN submission_item i ON i.submission_id = s.id"
                    + " WHERE s.state IN ('COMPLETED', 'FAILED') AND s.id <= 2"
                    + " ORDER BY s.id, i.position")
            .query(String.class)
            .list());
    rows.addAll(
        db.sql(
                "SELECT id || ' ' || mapping_id || ' v' || version || ' ' || state || ' '"
                    + " || content_hash || ' ' || author || ' ' || created_at"
                    + " FROM mapping_version ORDER BY id")
            .query(String.class)
            .list());
    rows.addAll(
        db.sql(
                "SELECT id || ' ' || version_id || ' ' || action || ' ' || actor"
                    + " FROM mapping_activation ORDER BY id")
            .query(String.class)
            .list());
    rows.addAll(
        db.sql(
                "SELECT t.trigger_group || '/' || t.trigger_name || ' ' || t.trigger_type || ' '"
                    + " || t.next_fire_time || ' ' || c.cron_expression || ' ' || c.time_zone_id"
                    + " FROM qrtz_triggers t JOIN qrtz_cron_triggers c USING (sched_name,"
                    + " trigger_name, trigger_group)"
                    // The triggers 0.1.0 had; later releases add schedules of their own.
                    + " WHERE t.trigger_name IN ('daily', 'weekly') ORDER BY 1")
            .query(String.class)
            .list());
    return rows;
  }

  /** The national side's acknowledgement of the submission 0.1.0 had sent (id 3). */
  static String acknowledgementOfSentSubmission() {
    return """
        {"submissionId": "%s", "status": "COMPLETED", "completedAt": "2025-11-21T15:00:09+07:00",
         "items": [
           {"taskCode": "NQ57.KL.PL1.03", "localRef": "PL1:38d0713886a448cd", "revision": 1,
            "result": "ACCEPTED", "receiptNo": "R-0.1.0-3-1"},
           {"taskCode": "NQ57.KL.PL1.22", "localRef": "PL1:0000000000000008", "revision": 1,
            "result": "ACCEPTED", "receiptNo": "R-0.1.0-3-2"}]}
        """
        .formatted(SENT_SUBMISSION_ID);
  }

  /** One ACTIVE version per task mapping file, as 0.1.0's file import stored them. */
  private static void insertMappingVersions(JdbcClient db, Path mappings) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(mappings)) {
      files =
          list.filter(f -> f.toString().endsWith(".yaml"))
              .filter(f -> !f.toString().endsWith(".crosswalk.yaml"))
              .filter(f -> !f.toString().endsWith(".agencies.yaml"))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      String yaml = Files.readString(file);
      if (yaml.lines().anyMatch(line -> line.startsWith("indicator:"))) {
        continue;
      }
      String id = file.getFileName().toString().replace(".yaml", "");
      Matcher named = CROSSWALK.matcher(yaml);
      String crosswalkName = named.find() ? named.group(1) : null;
      String crosswalk =
          crosswalkName == null ? null : Files.readString(file.resolveSibling(crosswalkName));
      long versionId =
          db.sql(
                  """
                  INSERT INTO mapping_version (mapping_id, version, state, mapping_yaml,
                      crosswalk_name, crosswalk_yaml, content_hash, valid, author, reason,
                      created_at, activated_at)
                  VALUES (:id, 1, 'ACTIVE', :yaml, :crosswalkName, :crosswalk, :hash, TRUE,
                      'file-import', :reason, TIMESTAMPTZ '2025-11-19 10:00:00+07',
                      TIMESTAMPTZ '2025-11-19 10:00:00+07')
                  RETURNING id""")
              .param("id", id)
              .param("yaml", yaml)
              .param("crosswalkName", crosswalkName)
              .param("crosswalk", crosswalk)
              .param("hash", contentHash(yaml, crosswalkName, crosswalk))
              .param("reason", "imported from mappings/" + file.getFileName())
              .query(Long.class)
              .single();
      db.sql(
              """
              INSERT INTO mapping_activation (mapping_id, version_id, action, actor, reason,
                  activated_at)
              VALUES (:id, :version, 'IMPORT', 'file-import', 'first import',
                  TIMESTAMPTZ '2025-11-19 10:00:00+07')""")
          .param("id", id)
          .param("version", versionId)
          .update();
    }
  }

  /** The hash 0.1.0 stored with a version: SHA-256 of yaml, crosswalk name and crosswalk. */
  private static String contentHash(String yaml, String crosswalkName, String crosswalk) {
    String text =
        yaml
            + '\u0000'
            + (crosswalkName == null ? "" : crosswalkName)
            + '\u0000'
            + (crosswalk == null ? "" : crosswalk);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Registrations (just now, so no fire was missed and nothing is caught up) and the triggers of
   * the daily and weekly schedule as Camel's quartz component stored them.
   */
  private static void insertSchedules(JdbcClient db) {
    for (String schedule : List.of("DAILY", "WEEKLY")) {
      db.sql("INSERT INTO schedule_registration (schedule, registered_at) VALUES (:s, now())")
          .param("s", schedule)
          .update();
    }
    insertTrigger(db, "daily", DAILY_CRON);
    insertTrigger(db, "weekly", WEEKLY_CRON);
  }

  private static void insertTrigger(JdbcClient db, String name, String cron) {
    JobDataMap jobData = new JobDataMap();
    jobData.put("CamelQuartzCamelContextName", "nq57-sync");
    jobData.put(
        "CamelQuartzEndpoint",
        "quartz://nq57/"
            + name
            + "?cron="
            + cron.replace(' ', '+').replace("?", "%3F")
            + "&trigger.misfireInstruction=2&trigger.timeZone=Asia%2FHo_Chi_Minh");
    db.sql(
            """
            INSERT INTO qrtz_job_details (sched_name, job_name, job_group, job_class_name,
                is_durable, is_nonconcurrent, is_update_data, requests_recovery, job_data)
            VALUES ('nq57-sync', :name, 'nq57', 'org.apache.camel.component.quartz.CamelJob',
                FALSE, FALSE, FALSE, FALSE, :data)""")
        .param("name", name)
        .param("data", serialized(jobData))
        .update();
    long now = System.currentTimeMillis();
    db.sql(
            """
            INSERT INTO qrtz_triggers (sched_name, trigger_name, trigger_group, job_name,
                job_group, next_fire_time, prev_fire_time, priority, trigger_state, trigger_type,
                start_time, end_time, misfire_instr)
            VALUES ('nq57-sync', :name, 'nq57', :name, 'nq57', :next, -1, 5, 'WAITING', 'CRON',
                :start, 0, 2)""")
        .param("name", name)
        .param("next", nextFire(cron, now))
        .param("start", now - 86_400_000L)
        .update();
    db.sql(
            """
            INSERT INTO qrtz_cron_triggers (sched_name, trigger_name, trigger_group,
                cron_expression, time_zone_id)
            VALUES ('nq57-sync', :name, 'nq57', :cron, :zone)""")
        .param("name", name)
        .param("cron", cron)
        .param("zone", ZONE)
        .update();
  }

  private static long nextFire(String cron, long now) {
    try {
      CronExpression expression = new CronExpression(cron);
      expression.setTimeZone(TimeZone.getTimeZone(ZONE));
      return expression.getNextValidTimeAfter(new Date(now)).getTime();
    } catch (ParseException e) {
      throw new IllegalArgumentException(cron, e);
    }
  }

  private static byte[] serialized(JobDataMap jobData) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(jobData);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
