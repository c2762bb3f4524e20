package vn.nq57.sync.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Every configured source: the task sources, the default inbox ({@code nq57.sources.spreadsheet})
 * and the instances of {@code nq57.sources.instances}, and the indicator sources of {@code
 * nq57.sources.indicators}, pulled the same way but read with indicator mappings. Checks at
 * start-up that each names the settings its kind needs, so a half-configured source stops the
 * adapter with the key to set.
 */
@Component
public class SourceInstances {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  private final List<ConfiguredSource> all = new ArrayList<>();
  private final List<ConfiguredSource> indicators = new ArrayList<>();

  SourceInstances(SpreadsheetSourceProperties inbox, SourcesProperties sources) {
    all.add(
        new ConfiguredSource(
            inbox.id(),
            SourceKind.SPREADSHEET,
            inbox.mapping(),
            new SourceInstance(
                SourceKind.SPREADSHEET,
                inbox.mapping(),
                new SpreadsheetSettings(
                    inbox.inbox(),
                    inbox.include(),
                    inbox.pollInterval(),
                    inbox.settleTime(),
                    inbox.maxRows(),
                    inbox.maxBytes(),
                    inbox.snapshot()),
                null,
                null)));
    sources.instances().forEach((id, instance) -> all.add(check("instances", id, instance)));
    sources
        .indicators()
        .forEach((id, instance) -> indicators.add(check("indicators", id, instance)));
    for (ConfiguredSource indicator : indicators) {
      require(
          find(indicator.id()).filter(s -> s != indicator).isEmpty(),
          "nq57.sources.indicators." + indicator.id(),
          "a task source has this id already; give each source its own id");
    }
  }

  /** The task sources. */
  public List<ConfiguredSource> all() {
    return List.copyOf(all);
  }

  /** The sources of indicator values. */
  public List<ConfiguredSource> indicators() {
    return List.copyOf(indicators);
  }

  /** Whether the source holds indicator values rather than tasks. */
  public boolean isIndicatorSource(String id) {
    return indicators.stream().anyMatch(s -> s.id().equals(id));
  }

  /** A task or indicator source by its id. */
  public Optional<ConfiguredSource> find(String id) {
    return Stream.concat(all.stream(), indicators.stream())
        .filter(s -> s.id().equals(id))
        .findFirst();
  }

  /** Every source, task and indicator alike: each gets its inbox or pull route. */
  List<ConfiguredSource> everySource() {
    return Stream.concat(all.stream(), indicators.stream()).toList();
  }

  private static ConfiguredSource check(String group, String id, SourceInstance instance) {
    String key = "nq57.sources." + group + "." + id;
    require(ID.matcher(id).matches(), key, "source ids are kebab-case: a-z, 0-9 and '-'");
    require(instance.kind() != null, key + ".kind", "set it to spreadsheet, rest or sql");
    require(notBlank(instance.mapping()), key + ".mapping", "name a mapping id in mappings/");
    switch (instance.kind()) {
      case SPREADSHEET -> {
        require(instance.spreadsheet() != null, key + ".spreadsheet", "give the inbox settings");
        require(instance.spreadsheet().inbox() != null, key + ".spreadsheet.inbox", "a folder");
        require(instance.spreadsheet().maxRows() > 0, key + ".spreadsheet.max-rows", "above 0");
      }
      case REST -> {
        require(instance.rest() != null, key + ".rest", "give the tracker settings");
        require(instance.rest().baseUrl() != null, key + ".rest.base-url", "the tracker's URL");
        checkAuth(key, instance.rest().auth());
      }
      case SQL -> {
        SqlSettings sql = instance.sql();
        require(sql != null, key + ".sql", "give the database settings");
        require(notBlank(sql.url()), key + ".sql.url", "a JDBC URL");
        require(notBlank(sql.query()), key + ".sql.query", "a SELECT using :watermark");
        require(notBlank(sql.watermarkColumn()), key + ".sql.watermark-column", "a column");
      }
    }
    return new ConfiguredSource(id, instance.kind(), instance.mapping(), instance);
  }

  private static void checkAuth(String key, RestSettings.RestAuth auth) {
    String at = key + ".rest.auth.";
    switch (auth.kind()) {
      case API_KEY -> require(notBlank(auth.apiKey()), at + "api-key", "use ${ENV_VARIABLE}");
      case BASIC -> {
        require(notBlank(auth.username()), at + "username", "the tracker's user");
        require(notBlank(auth.password()), at + "password", "use ${ENV_VARIABLE}");
      }
      case OAUTH2 -> {
        require(auth.tokenUrl() != null, at + "token-url", "the token endpoint");
        require(notBlank(auth.clientId()), at + "client-id", "the client id");
        require(notBlank(auth.clientSecret()), at + "client-secret", "use ${ENV_VARIABLE}");
      }
      case NONE -> {}
    }
  }

  private static void require(boolean ok, String key, String hint) {
    if (!ok) {
      throw new IllegalStateException("Source configuration: set " + key + " (" + hint + ")");
    }
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
