package vn.nq57.sync.mappingstore;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.sync.mappingstore.UnmappedValueRepository.UnmappedValue;

/** The work queue of unmapped values: operators and admins read it; admins resolve items. */
@RestController
@RequestMapping("/api/mappings/work-queue")
class WorkQueueController {

  private final UnmappedValues unmapped;

  WorkQueueController(UnmappedValues unmapped) {
    this.unmapped = unmapped;
  }

  @GetMapping
  List<UnmappedValue> open() {
    return unmapped.open();
  }

  /** Adds the value to the mapping's value map as a new active version; answers that version. */
  @PostMapping("/{id}/resolve")
  VersionView resolve(
      @PathVariable long id, @Valid @RequestBody ResolveRequest body, Principal user) {
    return VersionView.summary(unmapped.resolve(id, body.target(), body.reason(), user.getName()));
  }

  /**
   * @param target what the value means, e.g. {@code IN_PROGRESS} for a status spelling; at most 500
   *     characters
   * @param reason why, at most 500 characters
   */
  record ResolveRequest(
      @NotBlank @Size(max = 500) String target, @NotBlank @Size(max = 500) String reason) {}
}
