package vn.nq57.sync.submission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
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

  /**
   * Resends FAILED submissions now, as they are; the ids asked for that could not be replayed are
   * listed in {@code refused} with the reason. {@code POST /api/replays} does the same as a job,
   * with dry runs and re-mapping.
   */
  @PostMapping("/replay")
  LegacyReplay replay(@Valid @RequestBody SubmissionReplay.ReplayOptions options, Principal who) {
    List<ReplayRefusal> refused =
        options.allFailed() ? List.of() : replay.refusals(options.submissionIds(), true);
    List<Long> allowed =
        options.submissionIds().stream()
            .filter(id -> refused.stream().noneMatch(r -> r.submissionId() == id))
            .toList();
    SubmissionReplay.ReplayOptions checked =
        options.allFailed()
            ? options
            : new SubmissionReplay.ReplayOptions(allowed, false, options.runId(), options.reason());
    List<Long> replayed =
        !options.allFailed() && allowed.isEmpty()
            ? List.of()
            : replay.resubmit(checked, who.getName());
    return new LegacyReplay(replayed, refused);
  }

  /** What POST /api/delivery/replay did: the ids re-queued, and those refused with the reason. */
  record LegacyReplay(List<Long> replayed, List<ReplayRefusal> refused) {}

  /** Why an operator pauses or resumes sending (at most 500 characters). */
  record Reason(@Size(max = 500) String reason) {}
}
