package vn.nq57.sync.run;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator API on what is parked now, across runs: per source, what its latest run parked. A row
 * parked by the mapping is mapped again from the stored record by every run, so it leaves this list
 * once the mapping (or the crosswalk) is fixed; a row parked at pull time leaves it once the source
 * sends it fixed.
 */
@RestController
@RequestMapping("/api/parked")
class ParkedController {

  private final RunQueries runs;

  ParkedController(RunQueries runs) {
    this.runs = runs;
  }

  /** Each parked row with the source values its reason is about ({@code sourceValues}). */
  @GetMapping
  List<ParkedView> current() {
    return runs.currentlyParked();
  }
}
