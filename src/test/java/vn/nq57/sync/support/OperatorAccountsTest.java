package vn.nq57.sync.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * A weak password stops the start with a message that names the key and how to fix it, never the
 * password; the demo profile keeps its short passwords.
 */
class OperatorAccountsTest {

  private static final String WEAK = "{noop}hunter2";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
          .withUserConfiguration(Properties.class, OperatorAccounts.class);

  @Test
  void refusesToStartWithAWeakPasswordNamingTheKeyButNotThePassword() {
    runner
        .withPropertyValues(
            "nq57.security.operator-password={noop}operator-test",
            "nq57.security.admin-password=" + WEAK)
        .run(
            context -> {
              assertThat(context).hasFailed();
              Throwable failure = context.getStartupFailure();
              FailureAnalysis analysis = new WeakPasswordFailureAnalyzer().analyze(failure);
              assertThat(analysis).isNotNull();
              assertThat(analysis.getDescription())
                  .contains("nq57.security.admin-password", "fewer than 12 characters")
                  .doesNotContain("hunter2");
              assertThat(analysis.getAction())
                  .contains("NQ57_SECURITY_ADMIN_PASSWORD", "{bcrypt}")
                  .doesNotContain("hunter2");
              assertThat(stackMessages(failure)).doesNotContain("hunter2");
            });
  }

  @Test
  void startsWithStrongPasswordsAndBcryptHashes() {
    runner
        .withPropertyValues(
            "nq57.security.operator-password=correct horse battery staple",
            "nq57.security.admin-password={bcrypt}$2a$04$UxC.mZSxPbqMk1MBjU6v9eYiRzMUaUfj8gi9Sj0Y1XtTPbbWKkTtu")
        .run(context -> assertThat(context).hasSingleBean(ConfiguredAccounts.class));
  }

  @Test
  void letsTheDemoProfileKeepItsShortPasswords() {
    runner
        .withInitializer(context -> context.getEnvironment().setActiveProfiles("demo"))
        .withPropertyValues(
            "nq57.security.operator-password={noop}demo",
            "nq57.security.admin-password={noop}demo-admin")
        .run(context -> assertThat(context).hasSingleBean(ConfiguredAccounts.class));
  }

  @Test
  void seedsTheUserTableWithBcryptHashesOnlyNeverPlainText() {
    runner
        .withPropertyValues(
            "nq57.security.operator-password={noop}correct horse battery staple",
            "nq57.security.admin-password=another strong passphrase")
        .run(
            context -> {
              ConfiguredAccounts accounts = context.getBean(ConfiguredAccounts.class);
              assertThat(accounts.accounts())
                  .extracting(ConfiguredAccounts.Account::role)
                  .containsExactly("OPERATOR", "ADMIN");
              assertThat(accounts.accounts())
                  .allSatisfy(
                      account ->
                          assertThat(account.encodedPassword())
                              .startsWith("{bcrypt}$2")
                              .doesNotContain("horse", "passphrase"));
              assertThat(accounts.toString()).doesNotContain("bcrypt");
            });
  }

  private static String stackMessages(Throwable failure) {
    StringBuilder messages = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.append(t).append('\n');
    }
    return messages.toString();
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(SecurityProperties.class)
  static class Properties {}
}
