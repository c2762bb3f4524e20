package vn.nq57.sync.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form of the console; Spring Security handles its POST. */
@Controller
class LoginController {

  @GetMapping(ConsoleSecurity.LOGIN)
  String login() {
    return "console/login";
  }
}
