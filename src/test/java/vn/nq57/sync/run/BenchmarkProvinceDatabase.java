package vn.nq57.sync.run;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A provincial database for the benchmark, a PostgreSQL of its own: the view {@code bench_tasks}
 * makes {@link BenchmarkTasks} from {@code generate_series} as it is read, so no table of tasks
 * exists and nothing of them is held by the fixture.
 */
final class BenchmarkProvinceDatabase {

  static final String QUERY =
      "SELECT ma, ten, trang_thai, han, ket_qua, cap_nhat FROM bench_tasks"
          + " WHERE cap_nhat > :watermark";

  private final EmbeddedPostgres postgres;

  private BenchmarkProvinceDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static BenchmarkProvinceDatabase start() {
    try {
      BenchmarkProvinceDatabase database =
          new BenchmarkProvinceDatabase(EmbeddedPostgres.builder().start());
      database.execute(
          """
          CREATE TABLE bench_size (tasks INT NOT NULL, gen INT NOT NULL);
          INSERT INTO bench_size VALUES (0, 1);
          CREATE VIEW bench_tasks AS
            SELECT 'BV-' || i AS ma, 'Nhiệm vụ số ' || i || ' của xã' AS ten,
                   'Đang thực hiện' AS trang_thai, '31/12/2025' AS han,
                   'Đã triển khai lần ' || CASE WHEN s.gen >= 2 AND i % 100 = 0 THEN s.gen ELSE 1 END
                     AS ket_qua,
                   CASE WHEN s.gen >= 2 AND i % 100 = 0 THEN TIMESTAMPTZ '2025-08-24 10:00+07'
                        ELSE TIMESTAMPTZ '2025-08-20 10:00+07' END AS cap_nhat
            FROM bench_size s, generate_series(1, s.tasks) AS i;
          """);
      return database;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  void serve(int tasks, int gen) {
    execute("UPDATE bench_size SET tasks = " + tasks + ", gen = " + gen);
  }

  void stop() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void execute(String sql) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
