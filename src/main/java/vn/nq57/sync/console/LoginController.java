package vn.nq57.sync.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The login form of the console (Spring Security handles its POST), and the page of a refusal: the
 * user's role may not do what was asked.
 */
@Controller
class LoginController {

  @GetMapping(ConsoleSecurity.LOGIN)
  String login() {
    return "console/login";
  }

  @RequestMapping(ConsoleSecurity.DENIED)
  String denied(HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("errorKey", "error.forbidden");
    return "console/error";
  }
}
