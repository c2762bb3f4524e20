package vn.nq57.sync.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session of the console without the browser: cookies kept, redirects not followed, and
 * the CSRF token read from the last page that carried one, as a form would send it.
 */
final class ConsoleSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http;
  private String csrf;

  ConsoleSession(String base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  static ConsoleSession loggedIn(String base, String user, String password) {
    ConsoleSession session = new ConsoleSession(base);
    session.get("/login");
    HttpResponse<String> answer =
        session.post("/login", Map.of("username", user, "password", password));
    String location = answer.headers().firstValue("Location").orElse("");
    if (!location.endsWith("/console")) {
      throw new IllegalStateException("login of " + user + " failed: " + location);
    }
    session.get("/console");
    return session;
  }

  HttpResponse<String> get(String path) {
    HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    Matcher token = CSRF.matcher(answer.body());
    if (token.find()) {
      csrf = token.group(1);
    }
    return answer;
  }

  /** Posts the form with the CSRF token of the last page read. */
  HttpResponse<String> post(String path, Map<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>(form);
    if (csrf != null) {
      fields.put("_csrf", csrf);
    }
    return postRaw(path, fields);
  }

  /** Posts the form as it is, without adding a CSRF token. */
  HttpResponse<String> postRaw(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
