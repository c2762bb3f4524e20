package vn.nq57.sync.run;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Counts finished runs as {@code nq57.runs{trigger, outcome}} (outcome completed, partial when a
 * source could not be read, or failed) and the rows they parked as {@code nq57.records.parked};
 * times their two steps as {@code nq57.run.step{step}}: {@code pull} (read, key and store the
 * sources' records) and {@code map} (map the stored records and queue the report).
 */
@Component
class RunMetrics {

  static final String RUNS = "nq57.runs";
  static final String PARKED = "nq57.records.parked";
  static final String STEP = "nq57.run.step";

  /** How a run ended. */
  enum Outcome {
    COMPLETED,
    PARTIAL,
    FAILED
  }

  private final MeterRegistry meters;
  private final Counter parked;

  RunMetrics(MeterRegistry meters) {
    this.meters = meters;
    for (TriggerKind trigger : TriggerKind.values()) {
      for (Outcome outcome : Outcome.values()) {
        runs(trigger, outcome);
      }
    }
    this.parked =
        Counter.builder(PARKED)
            .description("Rows parked by runs because they could not be keyed or mapped")
            .register(meters);
  }

  void finished(TriggerKind trigger, RunCounts counts, boolean sourceFailed) {
    runs(trigger, sourceFailed ? Outcome.PARTIAL : Outcome.COMPLETED).increment();
    parked.increment(counts.parked());
  }

  /** Runs one step of a run and records how long it took, whether it ended well or not. */
  <T> T step(String step, Supplier<T> work) {
    Timer.Sample sample = Timer.start(meters);
    try {
      return work.get();
    } finally {
      sample.stop(
          Timer.builder(STEP)
              .description("Time a sync run spends pulling sources and mapping and queueing")
              .tag("step", step)
              .register(meters));
    }
  }

  void failed(TriggerKind trigger) {
    runs(trigger, Outcome.FAILED).increment();
  }

  private Counter runs(TriggerKind trigger, Outcome outcome) {
    return Counter.builder(RUNS)
        .description("Finished sync runs by trigger and outcome")
        .tag("trigger", trigger.name().toLowerCase(Locale.ROOT))
        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
        .register(meters);
  }
}
