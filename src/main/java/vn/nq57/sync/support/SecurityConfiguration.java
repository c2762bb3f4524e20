package vn.nq57.sync.support;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * HTTP basic for the operator API with three roles: VIEWER reads, OPERATOR also starts runs,
 * replays and pauses delivery, ADMIN also changes mappings and users and reads the audit log;
 * health is open; metrics, the OpenAPI document and Swagger UI need any role; the demo sandbox does
 * its own bearer-token check, as the national system does. Refusals (401, 403) are problem details
 * too. Before a login is looked at, cross-site requests, oversized bodies and throttled logins are
 * refused (docs/security.md).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  // A user holds the authorities of its role and of the roles below it (vn.nq57.sync.access):
  // ADMIN > OPERATOR > VIEWER, so each rule names the least role that may pass.
  private static final String VIEWER = "VIEWER";
  private static final String OPERATOR = "OPERATOR";
  private static final String ADMIN = "ADMIN";

  @Bean
  LoginThrottle loginThrottle(SecurityProperties properties, Clock clock) {
    return new LoginThrottle(
        properties.loginThrottle(),
        clock,
        Set.of(properties.operatorUser(), properties.adminUser()));
  }

  @Bean
  SecurityFilterChain filterChain(
      HttpSecurity http, ObjectMapper json, SecurityProperties properties, LoginThrottle throttle)
      throws Exception {
    SecurityProblems problems = new SecurityProblems(json);
    // No session and no cookie: the browser's CSRF risk is its cached basic credentials, which
    // CrossSiteRequestFilter answers instead of a token a script client could not carry.
    http.csrf(csrf -> csrf.disable())
        .addFilterBefore(new CrossSiteRequestFilter(problems), BasicAuthenticationFilter.class)
        .addFilterBefore(
            new RequestSizeFilter(properties.maxRequestSize(), problems),
            BasicAuthenticationFilter.class)
        .addFilterBefore(
            new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/actuator/health/**", "/actuator/health", "/sandbox/**")
                    .permitAll()
                    // The error page only renders the status the request already has.
                    .dispatcherTypeMatchers(DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers("/error")
                    .permitAll()
                    .requestMatchers(
                        "/actuator/prometheus",
                        "/actuator/metrics",
                        "/actuator/metrics/**",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui.html",
                        "/swagger-ui/**")
                    .hasRole(VIEWER)
                    .requestMatchers("/api/users/**", "/api/audit/**")
                    .hasRole(ADMIN)
                    .requestMatchers(HttpMethod.GET, "/api/**")
                    .hasRole(VIEWER)
                    .requestMatchers(
                        "/api/runs/**",
                        "/api/submissions/**",
                        "/api/delivery/**",
                        "/api/replays/**",
                        "/api/items/**")
                    .hasRole(OPERATOR)
                    .anyRequest()
                    .hasRole(ADMIN))
        .httpBasic(
            basic -> basic.realmName(SecurityProblems.REALM).authenticationEntryPoint(problems))
        .exceptionHandling(
            errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    return http.build();
  }
}
