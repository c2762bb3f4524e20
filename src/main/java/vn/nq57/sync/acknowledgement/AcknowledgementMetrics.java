package vn.nq57.sync.acknowledgement;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the items the national system judged, as {@code nq57.items.acknowledged{outcome}} with
 * outcome accepted or rejected, once the transaction that records them has committed.
 */
@Component
class AcknowledgementMetrics {

  static final String ITEMS = "nq57.items.acknowledged";

  private final Counter accepted;
  private final Counter rejected;

  AcknowledgementMetrics(MeterRegistry meters) {
    this.accepted = items(meters, "accepted");
    this.rejected = items(meters, "rejected");
  }

  void acknowledged(int acceptedItems, int rejectedItems) {
    Runnable count =
        () -> {
          accepted.increment(acceptedItems);
          rejected.increment(rejectedItems);
        };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      // A rolled-back poll records nothing and is polled again: count it when it sticks.
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              count.run();
            }
          });
    } else {
      count.run();
    }
  }

  private static Counter items(MeterRegistry meters, String outcome) {
    return Counter.builder(ITEMS)
        .description("Report items the national system accepted or rejected")
        .tag("outcome", outcome)
        .register(meters);
  }
}
