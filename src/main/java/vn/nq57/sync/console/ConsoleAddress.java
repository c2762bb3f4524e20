package vn.nq57.sync.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Says where the console is once the adapter is ready (the last start-up line, so a demo user sees
 * it), and sends a browser that opens the root there.
 */
@Controller
class ConsoleAddress {

  private static final Logger log = LoggerFactory.getLogger(ConsoleAddress.class);

  private final Environment environment;

  ConsoleAddress(Environment environment) {
    this.environment = environment;
  }

  @GetMapping("/")
  String root() {
    return "redirect:/console";
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)
        || web.getWebServer() == null) {
      return;
    }
    String host = environment.getProperty("server.address", "localhost");
    boolean tls =
        (environment.containsProperty("server.ssl.key-store")
                || environment.containsProperty("server.ssl.bundle"))
            && !"false".equals(environment.getProperty("server.ssl.enabled"));
    log.info(
        "Console: {}://{}:{}/console (log in with an operator or admin account{})",
        tls ? "https" : "http",
        "0.0.0.0".equals(host) ? "localhost" : host,
        web.getWebServer().getPort(),
        environment.matchesProfiles("demo") ? "; demo accounts in the README" : "");
  }
}
