package vn.nq57.sync.support;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The two configured accounts of the operator API, whose passwords must pass {@link PasswordPolicy}
 * before the adapter starts; only the demo, which listens on 127.0.0.1 and can reach nothing but
 * its own sandbox, keeps its short well-known passwords. They seed the user table ({@link
 * ConfiguredAccounts}); logins are checked against that table.
 */
@Configuration(proxyBeanMethods = false)
class OperatorAccounts {

  /** The profile of the demo (vn.nq57.sync.demo.DemoEnvironment). */
  private static final String DEMO_PROFILE = "demo";

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  ConfiguredAccounts configuredAccounts(
      SecurityProperties properties, PasswordEncoder encoder, Environment environment) {
    if (!environment.matchesProfiles(DEMO_PROFILE)) {
      check(
          "nq57.security.operator-password",
          properties.operatorUser(),
          properties.operatorPassword());
      check("nq57.security.admin-password", properties.adminUser(), properties.adminPassword());
    }
    return new ConfiguredAccounts(
        List.of(
            new ConfiguredAccounts.Account(
                properties.operatorUser(),
                () -> encoded(properties.operatorPassword(), encoder),
                "OPERATOR"),
            new ConfiguredAccounts.Account(
                properties.adminUser(),
                () -> encoded(properties.adminPassword(), encoder),
                "ADMIN")));
  }

  private static void check(String key, String user, String password) {
    PasswordPolicy.weakness(user, password)
        .ifPresent(
            weakness -> {
              throw new WeakPasswordException(key, weakness);
            });
  }

  /**
   * A {bcrypt} hash is kept as it is; a plain or {noop} password is hashed here, so the user table
   * never holds plain text.
   */
  private static String encoded(String password, PasswordEncoder encoder) {
    if (password.startsWith("{bcrypt}")) {
      return password;
    }
    String plain = password.startsWith("{noop}") ? password.substring("{noop}".length()) : password;
    return encoder.encode(plain);
  }
}
