package vn.nq57.sync.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every problem of one row, so an operator sees all of them at once instead of fixing them
 * one replay at a time.
 */
final class Problems {

  private final List<UnmappableValueException> found = new ArrayList<>();

  /** The step's value, or null after recording why it could not be produced. */
  <T> T attempt(Supplier<T> step) {
    try {
      return step.get();
    } catch (UnmappableValueException e) {
      found.add(e);
      return null;
    }
  }

  void add(UnmappableValueException problem) {
    found.add(problem);
  }

  boolean any() {
    return !found.isEmpty();
  }

  /** The first problem's code, with every reason in the order found. */
  MappingOutcome.Parked parked() {
    String reason = String.join(" ", found.stream().map(Throwable::getMessage).toList());
    return new MappingOutcome.Parked(found.get(0).code(), reason);
  }
}
