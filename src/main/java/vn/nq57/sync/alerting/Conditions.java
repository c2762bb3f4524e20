package vn.nq57.sync.alerting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.nq57.sync.national.NationalConnectivity;
import vn.nq57.sync.run.SourceFailures;
import vn.nq57.sync.scheduling.DueCheck;
import vn.nq57.sync.submission.DeliveryControl;
import vn.nq57.sync.submission.FailedSubmissions;

/** The causes for an alert that hold right now, gathered from the features that know them. */
@Component
class Conditions {

  private final NationalConnectivity national;
  private final FailedSubmissions failed;
  private final SourceFailures sources;
  private final DueCheck dueCheck;
  private final DeliveryControl delivery;
  private final AlertProperties properties;
  private final Clock clock;

  Conditions(
      NationalConnectivity national,
      FailedSubmissions failed,
      SourceFailures sources,
      DueCheck dueCheck,
      DeliveryControl delivery,
      AlertProperties properties,
      Clock clock) {
    this.national = national;
    this.failed = failed;
    this.sources = sources;
    this.dueCheck = dueCheck;
    this.delivery = delivery;
    this.properties = properties;
    this.clock = clock;
  }

  List<Cause> current() {
    List<Cause> causes = new ArrayList<>();
    Instant now = clock.instant();
    NationalConnectivity.State side = national.state();
    side.rejection()
        .ifPresent(
            r ->
                causes.add(
                    new Cause(
                        AlertKind.CREDENTIALS_REJECTED,
                        r.code(),
                        r.message()
                            + ". Check nq57.national.client-id and client-secret with the national"
                            + " system's administrator; nothing can be sent until then.")));
    side.unreachableSince()
        .filter(since -> !since.plus(properties.nationalUnreachableAfter()).isAfter(now))
        .ifPresent(
            since ->
                causes.add(
                    new Cause(
                        AlertKind.NATIONAL_UNREACHABLE,
                        "national-api",
                        "Every call since "
                            + since
                            + " failed; last: "
                            + side.lastProblem()
                            + ". Reports wait in the outbox and are sent when it answers.")));
    FailedSubmissions.Summary summary = failed.summary();
    if (summary.count() > 0) {
      causes.add(new Cause(AlertKind.SUBMISSION_FAILED, "submissions", failedDetail(summary)));
    }
    for (DueCheck.OverduePeriod period : dueCheck.overdue()) {
      causes.add(
          new Cause(
              AlertKind.PERIOD_OVERDUE,
              period.schedule() + " " + period.periodId(),
              "The "
                  + period.schedule()
                  + " report for "
                  + period.periodId()
                  + " was due at "
                  + period.dueAt()
                  + " and is not acknowledged (GET /api/periods)."));
    }
    for (SourceFailures.Failing source : sources.failing(properties.sourceFailingAfter())) {
      causes.add(
          new Cause(
              AlertKind.SOURCE_FAILING,
              source.sourceId(),
              "The last "
                  + source.failures()
                  + " pulls failed, the last at "
                  + source.lastAt()
                  + ": "
                  + source.lastError()));
    }
    DeliveryControl.State control = delivery.state();
    if (control.paused()
        && Duration.between(control.changedAt().toInstant(), now)
                .compareTo(properties.pausedTooLong())
            >= 0) {
      causes.add(
          new Cause(
              AlertKind.DELIVERY_PAUSED,
              "delivery",
              "Paused by "
                  + control.changedBy()
                  + " at "
                  + control.changedAt()
                  + (control.reason() == null ? "" : " (" + control.reason() + ")")
                  + "; nothing is sent until POST /api/delivery/resume."));
    }
    return causes;
  }

  private static String failedDetail(FailedSubmissions.Summary summary) {
    return summary.count()
        + " submission(s) FAILED and wait for a person (GET /api/submissions?state=FAILED). "
        + summary.latest().stream()
            .map(f -> "#" + f.id() + " " + f.period() + ": " + f.lastError())
            .collect(Collectors.joining("; "));
  }
}
