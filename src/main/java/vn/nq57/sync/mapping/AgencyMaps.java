package vn.nq57.sync.mapping;

/**
 * Agency map documents ({@code *.agencies.yaml}) for callers outside the mapping language, such as
 * the mapping store that checks a new version before it keeps it.
 */
public final class AgencyMaps {

  /** The suffix of an agency map's file name; its mapping id is the file name without ".yaml". */
  public static final String SUFFIX = ".agencies.yaml";

  private AgencyMaps() {}

  /**
   * Checks an agency map against its schema and rules (no two spellings that read the same).
   *
   * @param origin names the document in error messages, e.g. {@code mappings/x.agencies.yaml}
   * @throws MappingDefinitionException naming the line and field of the first problem
   */
  public static void check(String origin, String yaml) {
    AgencyMap.parse(origin.substring(origin.lastIndexOf('/') + 1), origin, yaml);
  }
}
