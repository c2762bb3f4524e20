package vn.nq57.sync.console;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.nq57.sync.submission.DeliveryControl;

/** The kill switch from the dashboard: pause or resume sending, with a reason (operators). */
@Controller
@RequestMapping("/console/delivery")
class DeliveryPagesController {

  private final DeliveryControl delivery;

  DeliveryPagesController(DeliveryControl delivery) {
    this.delivery = delivery;
  }

  @PostMapping("/pause")
  String pause(
      @RequestParam(defaultValue = "") String reason, Principal user, RedirectAttributes flash) {
    return change(true, reason, user, flash);
  }

  @PostMapping("/resume")
  String resume(
      @RequestParam(defaultValue = "") String reason, Principal user, RedirectAttributes flash) {
    return change(false, reason, user, flash);
  }

  private String change(boolean pause, String reason, Principal user, RedirectAttributes flash) {
    String why = reason.strip();
    if (why.isEmpty() || why.length() > FailuresController.REASON_MAX) {
      flash.addFlashAttribute("deliveryError", "delivery.reason.required");
    } else if (pause) {
      delivery.pause(user.getName(), why);
    } else {
      delivery.resume(user.getName(), why);
    }
    return "redirect:/console";
  }
}
