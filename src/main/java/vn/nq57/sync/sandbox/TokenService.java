package vn.nq57.sync.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Issues opaque bearer tokens to the one configured client and checks them against the clock. */
class TokenService {

  /**
   * Expired tokens are remembered this long so that they answer TOKEN_EXPIRED, not INVALID_TOKEN.
   */
  private static final Duration FORGET_AFTER = Duration.ofDays(1);

  private record Token(String clientId, Instant expiresAt) {}

  private final SandboxProperties properties;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  TokenService(SandboxProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  TokenResponse issue(String grantType, String clientId, String clientSecret) {
    if (!"client_credentials".equals(grantType)) {
      FieldError error =
          new FieldError("grant_type", "INVALID_VALUE", "grant_type must be client_credentials");
      throw new SandboxException(
          ProblemCode.SCHEMA_VIOLATION, "unsupported grant_type", List.of(error), null);
    }
    if (!same(properties.clientId(), clientId) || !same(properties.clientSecret(), clientSecret)) {
      throw new SandboxException(ProblemCode.INVALID_CLIENT, "unknown client or wrong secret");
    }
    Instant now = clock.instant();
    tokens.values().removeIf(t -> t.expiresAt().plus(FORGET_AFTER).isBefore(now));
    String value = newTokenValue();
    tokens.put(value, new Token(clientId, now.plus(properties.tokenTtl())));
    return new TokenResponse(value, "Bearer", properties.tokenTtl().toSeconds());
  }

  /** The client id behind an {@code Authorization: Bearer ...} header, or a 401 problem. */
  String authenticate(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new SandboxException(ProblemCode.INVALID_TOKEN, "Authorization: Bearer <token> needed");
    }
    Token token = tokens.get(authorization.substring(7).trim());
    if (token == null) {
      throw new SandboxException(ProblemCode.INVALID_TOKEN, "unknown bearer token");
    }
    if (!clock.instant().isBefore(token.expiresAt())) {
      throw new SandboxException(ProblemCode.TOKEN_EXPIRED, "token expired; fetch a new one");
    }
    return token.clientId();
  }

  private String newTokenValue() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return "sbx." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static boolean same(String expected, String given) {
    return given != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
