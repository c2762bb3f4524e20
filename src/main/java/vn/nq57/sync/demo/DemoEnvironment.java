package vn.nq57.sync.demo;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In demo mode, makes sure the adapter can only reach the sandbox on this machine, and gives the
 * sandbox and the client one random secret, so no secret is written anywhere.
 */
public class DemoEnvironment implements EnvironmentPostProcessor {

  static final String PROFILE = "demo";
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication app) {
    if (!environment.matchesProfiles(PROFILE)) {
      return;
    }
    String baseUrl = environment.getProperty("nq57.national.base-url", "");
    String host = URI.create(baseUrl).getHost();
    if (host == null || !LOOPBACK.contains(host)) {
      throw new IllegalStateException(
          "Demo mode only talks to the built-in sandbox on this machine, but nq57.national.base-url"
              + " is '"
              + baseUrl
              + "'. Remove the override, or run without the demo profile to report for real.");
    }
    String secret = UUID.randomUUID().toString();
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "nq57-demo-secret",
                Map.of(
                    "nq57.national.client-secret", secret, "nq57.sandbox.client-secret", secret)));
  }
}
