package vn.nq57.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SandboxConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withUserConfiguration(SandboxConfiguration.class)
          .withBean(Clock.class, () -> Clock.fixed(Reports.NOW, ZoneOffset.UTC));

  @Test
  void createsNothingUnlessEnabled() {
    runner.run(context -> assertThat(context).doesNotHaveBean(SandboxApi.class));
  }

  @Test
  void createsTheSandboxWithDefaultsWhenEnabled() {
    runner
        .withPropertyValues(
            "nq57.sandbox.enabled=true",
            "nq57.sandbox.client-id=demo",
            "nq57.sandbox.client-secret=s3cret")
        .run(
            context -> {
              assertThat(context).hasSingleBean(SandboxApi.class);
              SandboxProperties properties = context.getBean(SandboxProperties.class);
              assertThat(properties.unitCode()).isEqualTo("51");
              assertThat(properties.tokenTtl()).hasSeconds(300);
              assertThat(properties.processingDelay()).hasSeconds(1);
              assertThat(properties.rateLimitPerMinute()).isEqualTo(60);
              assertThat(properties.toString()).doesNotContain("s3cret");
            });
  }

  @Test
  void refusesToStartWithoutClientSecretAndNamesTheKey() {
    runner
        .withPropertyValues("nq57.sandbox.enabled=true", "nq57.sandbox.client-id=demo")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("nq57.sandbox.client-secret"));
  }
}
