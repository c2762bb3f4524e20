package vn.nq57.sync.submission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operator API on delivery: the kill switch, and replaying failed submissions. */
@RestController
@RequestMapping("/api/delivery")
class DeliveryController {

  private final DeliveryControl control;
  private final SubmissionReplay replay;

  DeliveryController(DeliveryControl control, SubmissionReplay replay) {
    this.control = control;
    this.replay = replay;
  }

  @GetMapping
  DeliveryControl.State state() {
    return control.state();
  }

  @PostMapping("/pause")
  DeliveryControl.State pause(@Valid @RequestBody(required = false) Reason reason, Principal who) {
    return control.pause(who.getName(), reason == null ? null : reason.reason());
  }

  @PostMapping("/resume")
  DeliveryControl.State resume(@Valid @RequestBody(required = false) Reason reason, Principal who) {
    return control.resume(who.getName(), reason == null ? null : reason.reason());
  }

  @PostMapping("/replay")
  Map<String, List<Long>> replay(
      @Valid @RequestBody SubmissionReplay.ReplayOptions options, Principal who) {
    return Map.of("replayed", replay.resubmit(options, who.getName()));
  }

  /** Why an operator pauses or resumes sending (at most 500 characters). */
  record Reason(@Size(max = 500) String reason) {}
}
