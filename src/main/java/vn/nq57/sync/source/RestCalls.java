package vn.nq57.sync.source;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.source.RestSettings.AuthKind;
import vn.nq57.sync.source.RestSettings.RestAuth;
import vn.nq57.sync.support.PermanentFailureException;
import vn.nq57.sync.support.TransientFailureException;

/**
 * The calls of one pull to one tracker: authenticated (API key header, basic or an OAuth2
 * client-credentials token fetched once per pull and renewed once on 401), each with a timeout,
 * transient failures retried with backoff, permanent ones (401/403, other 4xx, unreadable answer)
 * thrown at once.
 */
final class RestCalls {

  private final String sourceId;
  private final RestSettings rest;
  private final HttpClient http;
  private final ObjectMapper json;
  private String token;

  RestCalls(String sourceId, RestSettings rest, HttpClient http, ObjectMapper json) {
    this.sourceId = sourceId;
    this.rest = rest;
    this.http = http;
    this.json = json;
  }

  JsonNode get(URI uri) {
    return Retrying.call(
        sourceId + " GET " + uri.getRawPath(),
        rest.maxAttempts(),
        rest.initialBackoff(),
        () -> {
          HttpResponse<String> answer = send(uri);
          if (answer.statusCode() == 401 && rest.auth().kind() == AuthKind.OAUTH2) {
            token = null;
            answer = send(uri);
          }
          return body(uri, check(uri, answer));
        });
  }

  private HttpResponse<String> send(URI uri) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(rest.readTimeout())
            .header("Accept", "application/json");
    authorization().ifPresent(h -> request.header(h[0], h[1]));
    return exchange(request.GET().build());
  }

  private Optional<String[]> authorization() {
    RestAuth auth = rest.auth();
    return switch (auth.kind()) {
      case NONE -> Optional.empty();
      case API_KEY -> Optional.of(new String[] {auth.header(), auth.apiKey()});
      case BASIC ->
          Optional.of(new String[] {"Authorization", basic(auth.username(), auth.password())});
      case OAUTH2 -> Optional.of(new String[] {"Authorization", "Bearer " + token()});
    };
  }

  private String token() {
    if (token == null) {
      RestAuth auth = rest.auth();
      String form =
          "grant_type=client_credentials"
              + (auth.scope() == null || auth.scope().isBlank()
                  ? ""
                  : "&scope=" + URLEncoder.encode(auth.scope(), StandardCharsets.UTF_8));
      HttpRequest request =
          HttpRequest.newBuilder(auth.tokenUrl())
              .timeout(rest.readTimeout())
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Authorization", basic(auth.clientId(), auth.clientSecret()))
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build();
      JsonNode answer = body(auth.tokenUrl(), check(auth.tokenUrl(), exchange(request)));
      token = answer.path("access_token").asString("");
      if (token.isBlank()) {
        throw new PermanentFailureException(
            "SOURCE_AUTH_REFUSED", sourceId + ": the token answer has no access_token");
      }
    }
    return token;
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new TransientFailureException(
          sourceId + ": " + request.uri().getPath() + " unreachable: " + e, null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransientFailureException(sourceId + ": interrupted", null, e);
    }
  }

  private HttpResponse<String> check(URI uri, HttpResponse<String> answer) {
    int status = answer.statusCode();
    String what = sourceId + ": HTTP " + status + " from " + uri.getPath();
    if (status >= 200 && status < 300) {
      return answer;
    }
    if (status == 429 || status >= 500) {
      throw new TransientFailureException(what, retryAfter(answer), null);
    }
    if (status == 401 || status == 403) {
      throw new PermanentFailureException(
          "SOURCE_AUTH_REFUSED", what + "; check the source's credentials");
    }
    throw new PermanentFailureException("SOURCE_REFUSED", what);
  }

  private JsonNode body(URI uri, HttpResponse<String> answer) {
    try {
      return json.readTree(answer.body());
    } catch (JacksonException e) {
      throw new PermanentFailureException(
          "SOURCE_RESPONSE_UNREADABLE",
          sourceId
              + ": the answer of "
              + uri.getPath()
              + " is not JSON: "
              + e.getOriginalMessage());
    }
  }

  private static Duration retryAfter(HttpResponse<String> answer) {
    return answer
        .headers()
        .firstValue("Retry-After")
        .filter(v -> v.strip().matches("\\d{1,5}"))
        .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())))
        .orElse(null);
  }

  private static String basic(String user, String password) {
    String pair = user + ":" + (password == null ? "" : password);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }
}
