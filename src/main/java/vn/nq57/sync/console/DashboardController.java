package vn.nq57.sync.console;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.nq57.sync.alerting.AlertRepository;
import vn.nq57.sync.run.RunQueries;
import vn.nq57.sync.run.SourceFailures;
import vn.nq57.sync.scheduling.ReportPeriods;
import vn.nq57.sync.submission.DeliveryControl;
import vn.nq57.sync.submission.SubmissionFilter;
import vn.nq57.sync.submission.SubmissionSearch;
import vn.nq57.sync.submission.SubmissionState;
import vn.nq57.sync.support.VietnamTime;

/**
 * The dashboard: each schedule's last and next run, periods at risk of missing their due time,
 * submissions by state, sources in trouble, the delivery kill switch, open alerts, recent runs.
 */
@Controller
@RequestMapping("/console")
class DashboardController {

  private final ReportPeriods periods;
  private final SubmissionSearch submissions;
  private final DeliveryControl delivery;
  private final SourceFailures sources;
  private final RunQueries runs;
  private final AlertRepository alerts;
  private final Clock clock;

  DashboardController(
      ReportPeriods periods,
      SubmissionSearch submissions,
      DeliveryControl delivery,
      SourceFailures sources,
      RunQueries runs,
      AlertRepository alerts,
      Clock clock) {
    this.periods = periods;
    this.submissions = submissions;
    this.delivery = delivery;
    this.sources = sources;
    this.runs = runs;
    this.alerts = alerts;
    this.clock = clock;
  }

  @GetMapping
  String dashboard(Model model) {
    OffsetDateTime now = VietnamTime.now(clock);
    Schedules schedules = Schedules.of(periods.overview(), now);
    model.addAttribute("now", now);
    model.addAttribute("schedules", schedules.rows());
    model.addAttribute("atRisk", schedules.atRisk());
    model.addAttribute(
        "counts",
        List.of(SubmissionState.values()).stream()
            .map(
                s ->
                    new StateCount(
                        s,
                        submissions.submissions(SubmissionFilter.ALL.withState(s), 0, 1).total()))
            .toList());
    model.addAttribute("failingSources", sources.failing(1));
    model.addAttribute("parkedBySource", ParkedAdvice.countBySource(runs.currentlyParked()));
    model.addAttribute("delivery", delivery.state());
    model.addAttribute(
        "alerts",
        alerts.recent(now.minus(Duration.ofDays(1))).stream()
            .filter(a -> a.clearedAt().isEmpty())
            .toList());
    model.addAttribute("runs", runs.recent(5));
    return "console/dashboard";
  }

  /** How many submissions are in a state. */
  record StateCount(SubmissionState state, long count) {}
}
