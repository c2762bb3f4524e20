package vn.nq57.sync.scheduling;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operator API: every schedule's current and recent periods, with their due times and states. */
@RestController
@RequestMapping("/api/periods")
class PeriodController {

  private final ReportPeriods periods;

  PeriodController(ReportPeriods periods) {
    this.periods = periods;
  }

  @GetMapping
  List<ScheduleView> periods() {
    return periods.overview();
  }
}
