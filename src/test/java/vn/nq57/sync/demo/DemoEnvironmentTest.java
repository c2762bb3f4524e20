package vn.nq57.sync.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DemoEnvironmentTest {

  private final DemoEnvironment demo = new DemoEnvironment();

  @Test
  void refusesToStartTheDemoAgainstAnythingButThisMachine() {
    MockEnvironment environment = demoWith("https://api.nq57.vn/");
    assertThatThrownBy(() -> demo.postProcessEnvironment(environment, new SpringApplication()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("https://api.nq57.vn/");
  }

  @Test
  void refusesAHostThatOnlyStartsLikeLocalhost() {
    MockEnvironment environment = demoWith("http://localhost.attacker.example/sandbox");
    assertThatThrownBy(() -> demo.postProcessEnvironment(environment, new SpringApplication()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void givesTheSandboxAndTheClientOneFreshSecret() {
    MockEnvironment environment = demoWith("http://localhost:8057/sandbox/nq57");
    demo.postProcessEnvironment(environment, new SpringApplication());
    String secret = environment.getProperty("nq57.national.client-secret");
    assertThat(secret).hasSizeGreaterThan(20);
    assertThat(environment.getProperty("nq57.sandbox.client-secret")).isEqualTo(secret);
  }

  @Test
  void leavesTheEnvironmentAloneOutsideDemoMode() {
    MockEnvironment environment = new MockEnvironment();
    environment.setProperty("nq57.national.base-url", "https://api.nq57.vn/");
    demo.postProcessEnvironment(environment, new SpringApplication());
    assertThat(environment.getProperty("nq57.national.client-secret")).isNull();
  }

  private static MockEnvironment demoWith(String baseUrl) {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("demo");
    environment.setProperty("nq57.national.base-url", baseUrl);
    return environment;
  }
}
