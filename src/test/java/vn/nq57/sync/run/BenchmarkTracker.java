package vn.nq57.sync.run;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A provincial task tracker's JSON API for the benchmark: pages of {@link BenchmarkTasks} made when
 * asked ({@code ?page=&size=&since=}), so the fixture holds one page at a time, never the tasks.
 * Asked for changes since the first stamp, it answers only the changed tasks of the generation.
 */
final class BenchmarkTracker {

  private final HttpServer server;
  private volatile int tasks;
  private volatile int gen = 1;

  private BenchmarkTracker(HttpServer server) {
    this.server = server;
  }

  static BenchmarkTracker start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      BenchmarkTracker tracker = new BenchmarkTracker(server);
      server.createContext("/bench/tasks", tracker::page);
      server.setExecutor(Executors.newFixedThreadPool(2));
      server.start();
      return tracker;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/bench";
  }

  void serve(int tasks, int gen) {
    this.tasks = tasks;
    this.gen = gen;
  }

  void stop() {
    server.stop(0);
  }

  private void page(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    int page = Integer.parseInt(query.getOrDefault("page", "1"));
    int size = Integer.parseInt(query.getOrDefault("size", "100"));
    String since = query.get("since");
    boolean onlyChanged =
        since != null
            && !OffsetDateTime.parse(since)
                .isBefore(OffsetDateTime.parse(BenchmarkTasks.FIRST_STAMP));
    int available = onlyChanged ? (gen >= 2 ? tasks / 100 : 0) : tasks;
    StringBuilder body = new StringBuilder(size * 200).append("{\"data\":[");
    int first = (page - 1) * size;
    for (int j = first; j < Math.min(available, first + size); j++) {
      int i = onlyChanged ? (j + 1) * 100 : j + 1;
      body.append(j == first ? "" : ",").append('{');
      BenchmarkTasks.fields(i, gen)
          .forEach((k, v) -> body.append('"').append(k).append("\":\"").append(v).append("\","));
      body.append("\"cap_nhat\":\"").append(BenchmarkTasks.stamp(i, gen)).append("\"}");
    }
    byte[] bytes = body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        params.put(
            pair.substring(0, eq),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }
}
