package vn.nq57.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.nq57.sync.support.MutableClock;

class TokenServiceTest {

  private final MutableClock clock = new MutableClock(Reports.NOW);
  private final TokenService tokens = new TokenService(Reports.properties(), clock);

  @Test
  void issuesBearerTokenThatLivesTheConfiguredTtl() {
    TokenResponse token = issue();

    assertThat(token.tokenType()).isEqualTo("Bearer");
    assertThat(token.expiresIn()).isEqualTo(300);
    assertThat(tokens.authenticate("Bearer " + token.accessToken())).isEqualTo(Reports.CLIENT_ID);
  }

  @Test
  void refusesWrongSecretAsInvalidClient() {
    assertProblem(
        () -> tokens.issue("client_credentials", Reports.CLIENT_ID, "guess"),
        ProblemCode.INVALID_CLIENT);
    assertProblem(() -> tokens.issue("client_credentials", null, null), ProblemCode.INVALID_CLIENT);
  }

  @Test
  void refusesOtherGrantTypesAsSchemaViolation() {
    assertProblem(
        () -> tokens.issue("password", Reports.CLIENT_ID, Reports.CLIENT_SECRET),
        ProblemCode.SCHEMA_VIOLATION);
  }

  @Test
  void answersTokenExpiredOnceTheTtlHasPassed() {
    String header = "Bearer " + issue().accessToken();
    clock.advance(Duration.ofSeconds(299));
    assertThat(tokens.authenticate(header)).isEqualTo(Reports.CLIENT_ID);

    clock.advance(Duration.ofSeconds(1));
    assertProblem(() -> tokens.authenticate(header), ProblemCode.TOKEN_EXPIRED);
  }

  @Test
  void answersInvalidTokenForUnknownOrMissingToken() {
    assertProblem(() -> tokens.authenticate("Bearer nonsense"), ProblemCode.INVALID_TOKEN);
    assertProblem(() -> tokens.authenticate(null), ProblemCode.INVALID_TOKEN);
    assertProblem(() -> tokens.authenticate("Basic abc"), ProblemCode.INVALID_TOKEN);
  }

  private TokenResponse issue() {
    return tokens.issue("client_credentials", Reports.CLIENT_ID, Reports.CLIENT_SECRET);
  }

  static void assertProblem(ThrowingCallable call, ProblemCode code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(SandboxException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
