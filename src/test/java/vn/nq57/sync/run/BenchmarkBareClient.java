package vn.nq57.sync.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The yardstick of the end-to-end figure: a plain HTTP client that takes a token, posts the given
 * bodies one after another (as the adapter's pusher does), then polls each submission until it is
 * COMPLETED. No database, no retries, no pacing.
 */
final class BenchmarkBareClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  BenchmarkBareClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Posts every body and waits for every acknowledgement; returns the time it took. */
  Duration deliver(List<String> bodies) throws Exception {
    long start = System.nanoTime();
    String token =
        JSON.readTree(
                send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build()))
            .path("access_token")
            .asString();
    List<String> ids = new ArrayList<>();
    for (String body : bodies) {
      JsonNode accepted =
          JSON.readTree(
              send(
                  HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/task-reports"))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .header("Idempotency-Key", "bare-" + UUID.randomUUID())
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build()));
      ids.add(accepted.path("submissionId").asString());
    }
    for (String id : ids) {
      while (!"COMPLETED".equals(poll(token, id))) {
        BenchmarkNational.sleep(50);
      }
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private String poll(String token, String id) throws Exception {
    return JSON.readTree(
            send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/submissions/" + id))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build()))
        .path("status")
        .asString();
  }

  private String send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
