package vn.nq57.sync;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts nq57-sync. */
@SpringBootApplication
// The sandbox registers its own properties, and only when it is enabled.
@ConfigurationPropertiesScan(
    basePackages = {
      "vn.nq57.sync.acknowledgement",
      "vn.nq57.sync.national",
      "vn.nq57.sync.operations",
      "vn.nq57.sync.run",
      "vn.nq57.sync.scheduling",
      "vn.nq57.sync.source",
      "vn.nq57.sync.submission",
      "vn.nq57.sync.support"
    })
public class Application {

  public static void main(String[] args) {
    SpringApplication.run(Application.class, args);
  }
}
