package vn.nq57.sync.mapping;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Proposes national task codes for local tasks by the similarity of their titles (cosine of
 * character trigrams of the normalised text), for an administrator to confirm. It never confirms
 * anything itself: only {@link #crosswalkEntries confirmed} links go into a crosswalk.
 */
public final class CrosswalkProposer {

  /** Scores below 0.3 are noise between unrelated titles of this domain; three choices suffice. */
  public static final CrosswalkProposer DEFAULT = new CrosswalkProposer(0.3, 3);

  private static final int TITLE_IN_YAML = 90;
  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

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

  /** A link an administrator has confirmed. */
  public record Confirmation(String localRef, String taskCode, String title) {}

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

  /** Confirmed links as the {@code tasks:} list of a crosswalk file. */
  public static String crosswalkEntries(List<Confirmation> confirmed) {
    List<Map<String, String>> tasks =
        confirmed.stream()
            .map(
                c -> {
                  Map<String, String> entry = new LinkedHashMap<>();
                  entry.put("localRef", c.localRef());
                  entry.put("taskCode", c.taskCode());
                  if (c.title() != null) {
                    entry.put("title", shortTitle(c.title()));
                  }
                  return entry;
                })
            .toList();
    try {
      return YAML.writeValueAsString(Map.of("tasks", tasks));
    } catch (JacksonException e) {
      throw new IllegalStateException("writing strings as YAML cannot fail", e);
    }
  }

  private static String shortTitle(String title) {
    String clean = VietnameseText.clean(title);
    return clean.codePointCount(0, clean.length()) <= TITLE_IN_YAML
        ? clean
        : clean.substring(0, clean.offsetByCodePoints(0, TITLE_IN_YAML));
  }
}
