package vn.nq57.sync.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, upgrades: a data folder as release 0.1.0 left it ({@link Release010Database}: its
 * password-less embedded PostgreSQL, the schema of migrations V1 to V6, a submission in every
 * state, mapping versions, Quartz triggers) is given to the current release, started as an operator
 * starts it. It converts the folder, migrates the schema, delivers what was pending exactly once,
 * reads the acknowledgement that was outstanding, and leaves acknowledged and failed submissions,
 * mapping versions and triggers as they were.
 */
class UpgradeFromReleaseTest extends AdapterProcessTestSupport {

  @Test
  void deliversPendingSubmissionsOnceAndKeepsMappingVersionsAndTriggersOfRelease010()
      throws Exception {
    Path data = workDirectory.resolve("postgres-0.1.0");
    Release010Database.writeTo(data, Path.of("mappings"));
    List<String> untouched = Release010Database.untouchedRowsOf(data);
    wireMock.stubFor(
        get(urlEqualTo("/api/v1/submissions/" + Release010Database.SENT_SUBMISSION_ID))
            .atPriority(1)
            .willReturn(okJson(Release010Database.acknowledgementOfSentSubmission())));

    AdapterProcess upgraded =
        startAdapter("upgraded", inbox("inbox"), embeddedOn(data)).awaitReady(START_TIMEOUT);
    JdbcClient db = AdapterDatabase.of(upgraded, data);
    await("the pending and the sent submissions acknowledged")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                states(db)
                    .equals(
                        List.of(
                            "1 COMPLETED",
                            "2 FAILED",
                            "3 COMPLETED",
                            "4 COMPLETED",
                            "5 COMPLETED")));

    NationalLedger ledger = national.ledger();
    assertThat(ledger.postKeys())
        .as("only the two pending submissions are posted, once each")
        .containsExactlyInAnyOrder("nq57-51-0.1.0-4", "nq57-51-0.1.0-5");
    assertThat(ledger.processedByKey())
        .isEqualTo(Map.of("nq57-51-0.1.0-4", 1, "nq57-51-0.1.0-5", 1));
    assertThat(itemStates(db))
        .containsExactly(
            "1/1 ACCEPTED R-51-2025-000001",
            "1/2 REJECTED -",
            "2/1 FAILED -",
            "3/1 ACCEPTED R-0.1.0-3-1",
            "3/2 ACCEPTED R-0.1.0-3-2",
            "4/1 ACCEPTED R-51-2025-NQ57.KL.PL1.04-1",
            "4/2 ACCEPTED R-51-2025-NQ57.KL.PL1.01-2",
            "5/1 ACCEPTED R-51-2025-NQ57.KL.PL1.05-1",
            "5/2 ACCEPTED R-51-2025-NQ57.KL.PL1.06-1");
    List<String> after = Release010Database.untouchedRows(db);
    assertThat(after)
        .as("acknowledged and failed submissions, mapping versions and activations, triggers")
        .containsSubsequence(untouched);
    assertThat(after.stream().filter(row -> !untouched.contains(row)).toList())
        .as("added by the upgrade: the agency map and indicator mapping, versioned since V15")
        .hasSize(4)
        .allMatch(
            row ->
                row.contains(" don-vi-quang-ngai.agencies v1 ACTIVE ")
                    || row.contains(" chi-so-chuyen-doi-so v1 ACTIVE ")
                    || row.endsWith(" IMPORT file-import"));
    assertThat(db.sql("SELECT count(*) FROM sync_run").query(Long.class).single())
        .as("runs: the upgrade starts none (no catch-up of a period 0.1.0 had covered)")
        .isEqualTo(3);
    assertThat(
            db.sql("SELECT max(version::int) FROM flyway_schema_history WHERE success")
                .query(Integer.class)
                .single())
        .as("every migration of this release applied")
        .isEqualTo(latestMigration());
    assertThat(upgraded.logText()).contains("allowed connections without a password");
  }

  private static int latestMigration() {
    try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.matches("V\\d+__.*\\.sql"))
          .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
          .max()
          .orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The adapter's own embedded database on the 0.1.0 folder; schedules on, as in production. */
  private static Map<String, String> embeddedOn(Path data) {
    return Map.of(
        "spring.datasource.url", "",
        "nq57.embedded-database.data-directory", data.toString(),
        "nq57.embedded-database.durable", "false",
        "nq57.schedules.daily.enabled", "true",
        "nq57.schedules.daily.cron", Release010Database.DAILY_CRON,
        "nq57.schedules.weekly.enabled", "true",
        "nq57.schedules.weekly.cron", Release010Database.WEEKLY_CRON);
  }

  private static List<String> states(JdbcClient db) {
    return db.sql("SELECT id || ' ' || state FROM submission ORDER BY id")
        .query(String.class)
        .list();
  }

  private static List<String> itemStates(JdbcClient db) {
    return db.sql(
            "SELECT submission_id || '/' || position || ' ' || state || ' '"
                + " || coalesce(receipt_no, '-') FROM submission_item"
                + " ORDER BY submission_id, position")
        .query(String.class)
        .list();
  }
}
