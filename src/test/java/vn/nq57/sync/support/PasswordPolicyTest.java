package vn.nq57.sync.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the start-up check refuses and accepts, and that its reason never repeats the password. */
class PasswordPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "{noop}",
        "{noop}x",
        "{noop}demo-admin",
        "elevenchars",
        "{noop}Password1234!",
        "{noop}123456789012",
        "{noop}qwertyuiop12",
        "{noop}Operator2026!",
        "{noop}aaaaaaaaaaaaaaaa",
        "{noop}abababababab",
        "{bcrypt}not-a-hash",
        "{MD5}5f4dcc3b5aa765d61d8327deb882cf99",
        "{sha256}abc"
      })
  void refusesWeakPasswords(String configured) {
    assertThat(PasswordPolicy.weakness("operator", configured))
        .hasValueSatisfying(
            reason -> {
              assertThat(reason).isNotBlank();
              if (configured.length() > 6) {
                assertThat(reason).doesNotContain(configured.substring(6));
              }
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{noop}operator-test",
        "correct horse battery staple",
        "{noop}Vịnh-Dung-Quất-2026",
        "{bcrypt}$2a$04$UxC.mZSxPbqMk1MBjU6v9eYiRzMUaUfj8gi9Sj0Y1XtTPbbWKkTtu",
        "{bcrypt}$2b$12$KIXQ1B8Rk8c7xL1s0kq9UeS5p6vXy3zq1ZfVwV0m1bq2l3k4j5h6G"
      })
  void acceptsLongUncommonPasswordsAndBcryptHashes(String configured) {
    assertThat(PasswordPolicy.weakness("operator", configured)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{noop}nq57-operator-1", "nq57-operator-1"})
  void refusesTheUserNameWithDigitsAround(String configured) {
    assertThat(PasswordPolicy.weakness("nq57-operator", configured))
        .hasValue("it is the user name, perhaps with digits or signs around it");
  }
}
