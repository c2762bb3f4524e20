package vn.nq57.sync.run;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The national API without a rate limit, for the end-to-end figure: a token; a report answered 202
 * after a fixed service time ({@code -Dbenchmark.national-latency=50}, milliseconds: the national
 * side's work on a body of 100 items); a poll answered PROCESSING until {@link #PROCESSING} after
 * the post, then COMPLETED with every item ACCEPTED. It keeps only each item's code, localRef and
 * revision, so 100,000 items do not fill the heap it shares with the adapter.
 */
final class BenchmarkNational {

  static final Duration PROCESSING = Duration.ofSeconds(1);
  static final long LATENCY_MS = Long.getLong("benchmark.national-latency", 50);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Map<String, String> byKey = new ConcurrentHashMap<>();
  private final Map<String, Posted> posted = new ConcurrentHashMap<>();
  private final AtomicInteger sequence = new AtomicInteger();

  private record Posted(long atNanos, List<String[]> items) {}

  private BenchmarkNational(HttpServer server) {
    this.server = server;
  }

  static BenchmarkNational start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      BenchmarkNational national = new BenchmarkNational(server);
      server.createContext("/", national::handle);
      server.setExecutor(Executors.newFixedThreadPool(4));
      server.start();
      return national;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      if (path.startsWith("/oauth2/token")) {
        answer(
            exchange,
            200,
            "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
      } else if (path.startsWith("/api/v1/task-reports")) {
        answer(exchange, 202, post(exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
      } else if (path.startsWith("/api/v1/submissions/")) {
        String id = path.substring("/api/v1/submissions/".length());
        answer(exchange, 200, poll(id));
      } else {
        answer(exchange, 404, "{}");
      }
    }
  }

  private String post(String key, byte[] body) {
    sleep(LATENCY_MS);
    String id =
        byKey.computeIfAbsent(
            key,
            k -> {
              String created = "S-" + sequence.incrementAndGet();
              List<String[]> items = new ArrayList<>();
              for (JsonNode item : JSON.readTree(body).path("items")) {
                items.add(
                    new String[] {
                      item.path("taskCode").asString(),
                      item.path("localRef").asString(),
                      item.path("revision").asString()
                    });
              }
              posted.put(created, new Posted(System.nanoTime(), items));
              return created;
            });
    return "{\"submissionId\":\""
        + id
        + "\",\"status\":\"RECEIVED\",\"receivedAt\":\"2025-08-25T09:00:00+07:00\",\"itemCount\":"
        + posted.get(id).items().size()
        + "}";
  }

  private String poll(String id) {
    Posted submission = posted.get(id);
    ObjectNode answer = JSON.createObjectNode();
    answer.put("submissionId", id);
    if (System.nanoTime() - submission.atNanos() < PROCESSING.toNanos()) {
      answer.put("status", "PROCESSING");
      answer.putNull("completedAt");
      return answer.toString();
    }
    answer.put("status", "COMPLETED");
    answer.put("completedAt", "2025-08-25T09:00:01+07:00");
    ArrayNode items = answer.putArray("items");
    int receipt = 0;
    for (String[] item : submission.items()) {
      ObjectNode result = items.addObject();
      result.put("taskCode", item[0]);
      result.put("localRef", item[1]);
      result.put("revision", Integer.parseInt(item[2]));
      result.put("result", "ACCEPTED");
      result.put("receiptNo", id + "-" + ++receipt);
    }
    return answer.toString();
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
