package vn.nq57.sync.sandbox;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the sandbox when {@code nq57.sandbox.enabled=true}; nothing of it exists otherwise. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "nq57.sandbox", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(SandboxProperties.class)
class SandboxConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SandboxConfiguration.class);

  @Bean
  SandboxApi sandboxApi(SandboxProperties properties, Clock clock) {
    log.info(
        "NQ57 sandbox serves /sandbox/nq57 for client {} and unit {} (state in memory only)",
        properties.clientId(),
        properties.unitCode());
    return new SandboxApi(properties, clock);
  }
}
