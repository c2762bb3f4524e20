package vn.nq57.sync.mapping;

import java.util.Optional;
import vn.nq57.sync.national.TaskReport.Unit;

/**
 * The lead unit of a task: the first single agency the lead cell lists, looked up in the agency
 * map. Groups ("Các sở, ban, ngành, địa phương") name no single unit and are passed over; a cell of
 * groups only gives no lead unit. Any wording the map does not know parks the row.
 */
final class LeadUnitRule {

  private final Selector source;
  private final AgencyMap agencies;

  /** {@code source} and {@code agencies} are null when the mapping reports no lead unit. */
  LeadUnitRule(Selector source, AgencyMap agencies) {
    this.source = source;
    this.agencies = agencies;
  }

  Unit unit(RowFields row) {
    if (source == null || !source.applies(row)) {
      return null;
    }
    return agencies.resolve(source.read(row), source.label()).stream()
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(null);
  }

  /** The first wording of the row's lead cell that the agency map does not know, if any. */
  Optional<TaskMapping.UnknownAgency> unknownAgency(RowFields row) {
    if (source == null || !source.applies(row)) {
      return Optional.empty();
    }
    try {
      agencies.resolve(source.read(row), source.label());
      return Optional.empty();
    } catch (AgencyMap.UnknownAgencyException e) {
      return Optional.of(new TaskMapping.UnknownAgency(agencies.name(), e.wording()));
    } catch (UnmappableValueException e) {
      return Optional.empty();
    }
  }
}
