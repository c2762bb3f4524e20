package vn.nq57.sync.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.support.MutableClock;

/** A short-lived token is renewed shortly before it expires, not before nearly every call. */
class TokenCacheTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:00:00Z"));
  private int fetched;

  @Test
  void keepsAFiveSecondTokenForMostOfItsLifeDespiteAThirtySecondMargin() {
    TokenCache tokens = tokens(5);
    for (int second = 0; second < 20; second++) {
      tokens.token();
      clock.advance(Duration.ofSeconds(1));
    }
    // Renewed a fifth of its lifetime (1 s) before expiry: every 4 s, not at every call.
    assertThat(fetched).isEqualTo(5);
  }

  @Test
  void keepsTheConfiguredMarginForALongLivedToken() {
    TokenCache tokens = tokens(300);
    tokens.token();
    clock.advance(Duration.ofSeconds(269));
    tokens.token();
    assertThat(fetched).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    tokens.token();
    assertThat(fetched).isEqualTo(2);
  }

  private TokenCache tokens(int lifetimeSeconds) {
    NationalApiProperties properties = NationalTestProperties.withDeadline(Duration.ofSeconds(60));
    NationalHttp http =
        new NationalHttp(null, null, new NationalConnectivity(clock), null) {
          @Override
          NationalResponse send(
              String method,
              String path,
              String contentType,
              String body,
              Map<String, String> headers) {
            fetched++;
            return new NationalResponse(
                200,
                "{\"access_token\":\"t" + fetched + "\",\"expires_in\":" + lifetimeSeconds + "}",
                null,
                false);
          }
        };
    return new TokenCache(
        http, properties, new NationalConnectivity(clock), new ObjectMapper(), clock);
  }
}
