package vn.nq57.sync.mapping;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Proposes national task codes for local tasks by the similarity of their titles (cosine of
 * character trigrams of the normalised text), for an administrator to confirm. It never confirms
 * anything itself: an administrator adds the links they confirm to the crosswalk.
 */
public final class CrosswalkProposer {

  /** Scores below 0.3 are noise between unrelated titles of this domain; three choices suffice. */
  public static final CrosswalkProposer DEFAULT = new CrosswalkProposer(0.3, 3);

  private final double threshold;
  private final int perTask;

  /**
   * @param threshold the lowest score (0–1) worth proposing
   * @param perTask how many candidates to propose per local task, best first
   */
  public CrosswalkProposer(double threshold, int perTask) {
    this.threshold = threshold;
    this.perTask = perTask;
  }

  /** A task of the provincial source: its key and title. */
  public record LocalTask(String localRef, String title) {}

  /** A task of the national catalogue (GET /api/v1/units/{unitCode}/tasks). */
  public record CatalogueTask(String taskCode, String title) {}

  /** A proposed national task with its similarity score (0–1). */
  public record Candidate(String taskCode, String title, double score) {}

  /** The candidates for one local task, best first; empty when none reaches the threshold. */
  public record Proposal(LocalTask task, List<Candidate> candidates) {}

  /** The best catalogue matches for every local task, in the order given. */
  public List<Proposal> propose(List<LocalTask> local, List<CatalogueTask> catalogue) {
    List<Map.Entry<CatalogueTask, Trigrams>> indexed =
        catalogue.stream().map(t -> Map.entry(t, Trigrams.of(t.title()))).toList();
    return local.stream().map(task -> proposal(task, indexed)).toList();
  }

  private Proposal proposal(LocalTask task, List<Map.Entry<CatalogueTask, Trigrams>> catalogue) {
    Trigrams title = Trigrams.of(task.title());
    List<Candidate> best =
        catalogue.stream()
            .map(e -> candidate(e.getKey(), title.cosine(e.getValue())))
            .filter(c -> c.score() >= threshold)
            .sorted(Comparator.comparingDouble(Candidate::score).reversed())
            .limit(perTask)
            .toList();
    return new Proposal(task, best);
  }

  private static Candidate candidate(CatalogueTask task, double score) {
    return new Candidate(task.taskCode(), task.title(), Math.round(score * 1000) / 1000.0);
  }
}
