package vn.nq57.sync.support;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.ObjectMapper;

/**
 * HTTP basic for the operator API with two roles, OPERATOR and ADMIN; health is open; metrics, the
 * OpenAPI document and Swagger UI need either role; the demo sandbox does its own bearer-token
 * check, as the national system does. Refusals (401, 403) are problem details too.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http, ObjectMapper json) throws Exception {
    SecurityProblems problems = new SecurityProblems(json);
    http.csrf(csrf -> csrf.disable())
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
                    .hasAnyRole("OPERATOR", "ADMIN")
                    .requestMatchers(HttpMethod.GET, "/api/**")
                    .hasAnyRole("OPERATOR", "ADMIN")
                    .requestMatchers("/api/runs/**", "/api/submissions/**", "/api/delivery/**")
                    .hasAnyRole("OPERATOR", "ADMIN")
                    .anyRequest()
                    .hasRole("ADMIN"))
        .httpBasic(
            basic -> basic.realmName(SecurityProblems.REALM).authenticationEntryPoint(problems))
        .exceptionHandling(
            errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService users(SecurityProperties properties, PasswordEncoder encoder) {
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

  /** A password without an {id} prefix is taken as plain text and hashed here. */
  private static String encoded(String password, PasswordEncoder encoder) {
    return password.startsWith("{") ? password : encoder.encode(password);
  }
}
