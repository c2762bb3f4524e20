package vn.nq57.sync.scheduling;

import org.apache.camel.component.quartz.QuartzComponent;
import org.quartz.Scheduler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives Spring Boot's clustered Quartz scheduler to Camel's quartz component, which starts it once
 * the routes are registered (so no trigger fires before Camel is ready).
 */
@Configuration(proxyBeanMethods = false)
class QuartzConfiguration {

  @Bean("quartz")
  QuartzComponent quartz(Scheduler scheduler) {
    QuartzComponent component = new QuartzComponent();
    component.setScheduler(scheduler);
    component.setAutoStartScheduler(true);
    return component;
  }
}
