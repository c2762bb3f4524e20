package vn.nq57.sync.national;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.support.PermanentFailureException;

/**
 * Holds the client-credentials token and renews it shortly before it expires, or at once when the
 * server says it has expired.
 */
@Component
class TokenCache {

  private static final Logger log = LoggerFactory.getLogger(TokenCache.class);

  private final NationalHttp http;
  private final NationalApiProperties properties;
  private final ObjectMapper json;
  private final NationalConnectivity connectivity;
  private final Clock clock;
  private String token;
  private Instant validUntil = Instant.MIN;

  TokenCache(
      NationalHttp http,
      NationalApiProperties properties,
      NationalConnectivity connectivity,
      ObjectMapper json,
      Clock clock) {
    this.http = http;
    this.connectivity = connectivity;
    this.properties = properties;
    this.json = json;
    this.clock = clock;
  }

  synchronized String token() {
    if (token == null || !clock.instant().isBefore(validUntil)) {
      fetch();
    }
    return token;
  }

  synchronized void invalidate() {
    token = null;
  }

  private void fetch() {
    NationalResponse response =
        http.send("POST", "/oauth2/token", "application/x-www-form-urlencoded", form(), Map.of());
    if (!response.isSuccess()) {
      RuntimeException failure = NationalProblems.failure("token request", response);
      if (failure instanceof PermanentFailureException permanent) {
        connectivity.credentialsRejected(permanent.code(), permanent.getMessage());
      }
      throw failure;
    }
    connectivity.credentialsAccepted();
    JsonNode answer = NationalProblems.read(json, response.body());
    token = answer.path("access_token").asString();
    long lifetime = answer.path("expires_in").asLong(300);
    validUntil = clock.instant().plusSeconds(lifetime).minus(margin(Duration.ofSeconds(lifetime)));
    log.info("Obtained a national API token valid for {} s", lifetime);
  }

  private String form() {
    return "grant_type=client_credentials&client_id="
        + encode(properties.clientId())
        + "&client_secret="
        + encode(properties.clientSecret())
        + "&scope="
        + encode(properties.scope());
  }

  /**
   * Renew this long before expiry: the configured margin, but never more than a fifth of the
   * token's lifetime, so a short-lived token is not fetched again before nearly every call.
   */
  private Duration margin(Duration lifetime) {
    Duration fifth = lifetime.dividedBy(5);
    Duration configured = properties.tokenRefreshMargin();
    return configured.compareTo(fifth) > 0 ? fifth : configured;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
