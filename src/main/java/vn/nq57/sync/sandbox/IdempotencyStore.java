package vn.nq57.sync.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Idempotency-Keys per client, kept 30 days: the same key with the same canonical body replays the
 * first 202; with another body it is refused with IDEMPOTENCY_KEY_REUSED.
 */
class IdempotencyStore {

  static final Duration RETENTION = Duration.ofDays(30);

  private record Entry(String bodyHash, AcceptedResponse response, Instant storedAt) {}

  private final Clock clock;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
  private final Map<String, Integer> processed = new HashMap<>();

  IdempotencyStore(Clock clock) {
    this.clock = clock;
  }

  /** Replays the answer stored for the key, or creates one with {@code create} and stores it. */
  synchronized Receipt acceptOnce(
      String clientId, String key, String canonicalBody, Supplier<AcceptedResponse> create) {
    Instant now = clock.instant();
    forgetBefore(now.minus(RETENTION));
    String scopedKey = clientId + '\n' + key;
    String bodyHash = SandboxJson.sha256(canonicalBody);
    Entry earlier = entries.get(scopedKey);
    if (earlier != null) {
      if (earlier.bodyHash().equals(bodyHash)) {
        return new Receipt(earlier.response(), true);
      }
      throw new SandboxException(
          ProblemCode.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key " + key + " came with another body");
    }
    AcceptedResponse response = create.get();
    entries.put(scopedKey, new Entry(bodyHash, response, now));
    processed.merge(key, 1, Integer::sum);
    return new Receipt(response, false);
  }

  synchronized int processedCount(String key) {
    return processed.getOrDefault(key, 0);
  }

  private void forgetBefore(Instant cutoff) {
    for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
      if (!it.next().storedAt().isBefore(cutoff)) {
        return;
      }
      it.remove();
    }
  }
}
