package vn.nq57.sync.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Says at start where the console is, and sends a browser that opens the root there. */
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
  void started(WebServerInitializedEvent event) {
    if (event.getApplicationContext().getServerNamespace() != null) {
      return; // the management server, when it has its own port
    }
    String host = environment.getProperty("server.address", "localhost");
    String scheme =
        environment.getProperty("server.ssl.enabled", "false").equals("true") ? "https" : "http";
    log.info(
        "Console: {}://{}:{}/console (log in with an operator or admin account)",
        scheme,
        host.equals("0.0.0.0") ? "localhost" : host,
        event.getWebServer().getPort());
  }
}
