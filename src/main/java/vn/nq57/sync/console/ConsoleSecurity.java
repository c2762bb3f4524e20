package vn.nq57.sync.console;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.nq57.sync.support.LoginThrottle;

/**
 * The console's own filter chain, ahead of the API's (which matches everything else): form login
 * with a session and CSRF tokens, checked by the same user accounts as the API and throttled by the
 * same {@link LoginThrottle}. Reading needs any role; replay and the kill switch need OPERATOR or
 * ADMIN; mapping changes and the audit log need ADMIN (an ADMIN holds the lower roles too, see
 * vn.nq57.sync.access.UserRole). Pages allow only their own scripts and styles.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {

  static final String LOGIN = "/login";
  static final String DENIED = "/console/denied";
  private static final String[] READERS = {"VIEWER", "OPERATOR", "ADMIN"};
  private static final String[] OPERATORS = {"OPERATOR", "ADMIN"};

  @Bean
  @Order(1)
  SecurityFilterChain consoleFilterChain(HttpSecurity http, LoginThrottle throttle)
      throws Exception {
    FormLoginThrottle formThrottle = new FormLoginThrottle(throttle);
    http.securityMatcher("/", "/console", "/console/**", LOGIN, "/logout")
        .addFilterBefore(formThrottle, UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/", LOGIN, "/console/assets/**")
                    .permitAll()
                    .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers("/console/replay", "/console/delivery/**")
                    .hasAnyRole(OPERATORS)
                    .requestMatchers(
                        "/console/audit",
                        "/console/mappings/*/edit",
                        "/console/mappings/*/crosswalk",
                        "/console/mappings/*/versions/*/preview")
                    .hasRole("ADMIN")
                    .requestMatchers(HttpMethod.POST, "/console/mappings/**")
                    .hasRole("ADMIN")
                    .requestMatchers(HttpMethod.GET, "/console", "/console/**")
                    .hasAnyRole(READERS)
                    .anyRequest()
                    .hasRole("ADMIN"))
        .formLogin(
            form ->
                form.loginPage(LOGIN)
                    .defaultSuccessUrl("/console", true)
                    .failureHandler(formThrottle)
                    .permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?logout"))
        .exceptionHandling(errors -> errors.accessDeniedPage(DENIED))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; object-src 'none';"
                                    + " frame-ancestors 'none'; form-action 'self'"))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }
}
