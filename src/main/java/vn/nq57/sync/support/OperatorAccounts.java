package vn.nq57.sync.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The two accounts of the operator API, whose passwords must pass {@link PasswordPolicy} before the
 * adapter starts; only the demo, which listens on 127.0.0.1 and can reach nothing but its own
 * sandbox, keeps its short well-known passwords.
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
  UserDetailsService users(
      SecurityProperties properties, PasswordEncoder encoder, Environment environment) {
    if (!environment.matchesProfiles(DEMO_PROFILE)) {
      check(
          "nq57.security.operator-password",
          properties.operatorUser(),
          properties.operatorPassword());
      check("nq57.security.admin-password", properties.adminUser(), properties.adminPassword());
    }
    return new InMemoryUserDetailsManager(
        User.withUsername(properties.operatorUser())
            .password(encoded(properties.operatorPassword(), encoder))
            .roles("OPERATOR")
            .build(),
        User.withUsername(properties.adminUser())
            .password(encoded(properties.adminPassword(), encoder))
            .roles("ADMIN")
            .build());
  }

  private static void check(String key, String user, String password) {
    PasswordPolicy.weakness(user, password)
        .ifPresent(
            weakness -> {
              throw new WeakPasswordException(key, weakness);
            });
  }

  /** A password without an {id} prefix is taken as plain text and hashed here. */
  private static String encoded(String password, PasswordEncoder encoder) {
    return password.startsWith("{") ? password : encoder.encode(password);
  }
}
