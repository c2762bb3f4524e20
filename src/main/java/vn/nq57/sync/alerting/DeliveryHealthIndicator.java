package vn.nq57.sync.alerting;

import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health/delivery}: DOWN while the national system rejects the credentials
 * (nothing can be sent), DEGRADED while any other alert condition holds, UP otherwise. It is not
 * part of liveness or readiness: restarting the adapter or taking it out of service cures none of
 * these.
 */
@Component("delivery")
class DeliveryHealthIndicator implements HealthIndicator {

  static final Status DEGRADED = new Status("DEGRADED", "An alert condition holds");

  private final Conditions conditions;

  DeliveryHealthIndicator(Conditions conditions) {
    this.conditions = conditions;
  }

  @Override
  public Health health() {
    List<Cause> causes = conditions.current();
    Health.Builder health =
        causes.stream().anyMatch(c -> c.kind() == AlertKind.CREDENTIALS_REJECTED)
            ? Health.down()
            : causes.isEmpty() ? Health.up() : Health.status(DEGRADED);
    for (Cause cause : causes) {
      health.withDetail(cause.key(), cause.detail());
    }
    return health.build();
  }
}
