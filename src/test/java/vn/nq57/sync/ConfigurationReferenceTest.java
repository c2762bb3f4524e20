package vn.nq57.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/configuration.md lists exactly the {@code nq57.*} keys of the configuration metadata that
 * spring-boot-configuration-processor generates from the {@code @ConfigurationProperties} records
 * (META-INF/spring-configuration-metadata.json of this project's classes), and every one of them
 * has a description (the record's Javadoc {@code @param}).
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>A documented key is a code span starting with {@code nq57.} in the first cell of a table
 *       row; other mentions in the text are not keys.
 *   <li>A segment written {@code <name>} stands for any one segment, so {@code
 *       nq57.schedules.<schedule>.cron} documents the cron key of all five schedules at once.
 *   <li>The metadata describes a map property ({@code nq57.sources.instances}) as one entry; its
 *       keys are {@code <map>.<id>.<path>} for every leaf of the map's value record, found by
 *       following the record's components (in kebab-case) into nested records.
 *   <li>The test fails when a metadata key is documented by no key of the doc, when a key of the
 *       doc matches no metadata key, and when a metadata key has no description. README.md lists
 *       only the essential keys, so for it only the second check applies.
 * </ul>
 */
class ConfigurationReferenceTest {

  private static final Pattern TABLE_KEY = Pattern.compile("`(nq57\\.[^`]+)`");
  private static final Pattern PLACEHOLDER = Pattern.compile("<[^>.]+>");
  private static final String ANY = "<*>";

  private static Map<String, String> metadata;

  @BeforeAll
  static void readMetadata() throws IOException {
    metadata = nq57Properties();
  }

  @Test
  void metadataIsGeneratedFromTheConfigurationRecords() {
    assertThat(metadata)
        .containsKeys(
            "nq57.national.client-secret",
            "nq57.delivery.give-up-after",
            "nq57.schedules.daily.cron",
            "nq57.sources.instances." + ANY + ".rest.auth.kind");
  }

  @Test
  void everyPropertyOfTheMetadataHasADescription() {
    List<String> undescribed =
        metadata.entrySet().stream()
            .filter(e -> !e.getKey().contains(ANY))
            .filter(e -> e.getValue() == null || e.getValue().isBlank())
            .map(Map.Entry::getKey)
            .toList();
    assertThat(undescribed).as("keys without a Javadoc @param on their record").isEmpty();
  }

  @Test
  void configurationReferenceDocumentsEveryKeyOfTheMetadata() throws IOException {
    List<Pattern> documented = patterns(documentedKeys(Path.of("docs", "configuration.md")));
    List<String> missing =
        metadata.keySet().stream()
            .filter(key -> documented.stream().noneMatch(p -> p.matcher(key).matches()))
            .toList();
    assertThat(missing).as("keys missing from docs/configuration.md").isEmpty();
  }

  @Test
  void configurationReferenceListsOnlyKeysThatExist() throws IOException {
    assertThat(unknown(documentedKeys(Path.of("docs", "configuration.md"))))
        .as("keys in docs/configuration.md that no configuration record has")
        .isEmpty();
  }

  @Test
  void readmeListsOnlyKeysThatExist() throws IOException {
    Set<String> keys = documentedKeys(Path.of("README.md"));
    assertThat(keys).isNotEmpty();
    assertThat(unknown(keys)).as("keys in README.md that no configuration record has").isEmpty();
  }

  private static List<String> unknown(Set<String> keys) {
    return keys.stream()
        .filter(
            key -> {
              Pattern pattern = pattern(key);
              return metadata.keySet().stream().noneMatch(k -> pattern.matcher(k).matches());
            })
        .toList();
  }

  /** The nq57 keys in the first cell of the file's table rows. */
  private static Set<String> documentedKeys(Path file) throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String line : Files.readAllLines(file)) {
      String[] cells = line.strip().split("(?<!\\\\)\\|");
      if (line.strip().startsWith("|") && cells.length > 1) {
        Matcher key = TABLE_KEY.matcher(cells[1]);
        while (key.find()) {
          keys.add(key.group(1));
        }
      }
    }
    return keys;
  }

  private static List<Pattern> patterns(Set<String> keys) {
    return keys.stream().map(ConfigurationReferenceTest::pattern).toList();
  }

  /** A documented key as a pattern: {@code <name>} matches one segment (or a map's entry). */
  private static Pattern pattern(String key) {
    StringBuilder regex = new StringBuilder();
    Matcher placeholder = PLACEHOLDER.matcher(key);
    int end = 0;
    while (placeholder.find()) {
      regex.append(Pattern.quote(key.substring(end, placeholder.start())));
      regex.append("(?:[a-z0-9-]+|").append(Pattern.quote(ANY)).append(")");
      end = placeholder.end();
    }
    regex.append(Pattern.quote(key.substring(end)));
    return Pattern.compile(regex.toString());
  }

  /** Name and description of every nq57 property, map properties expanded to their leaves. */
  private static Map<String, String> nq57Properties() throws IOException {
    Map<String, String> properties = new TreeMap<>();
    JsonNode root = projectMetadata();
    for (JsonNode property : root.path("properties")) {
      String name = property.path("name").asString();
      if (!name.startsWith("nq57.")) {
        continue;
      }
      String type = property.path("type").asString("");
      if (type.startsWith("java.util.Map<")) {
        for (String leaf : leaves(mapValueType(type))) {
          properties.put(name + "." + ANY + "." + leaf, null);
        }
      } else {
        properties.put(name, property.path("description").asString(""));
      }
    }
    return properties;
  }

  /** This project's metadata file (the libraries on the class path bring their own). */
  private static JsonNode projectMetadata() throws IOException {
    List<URL> files =
        Collections.list(
            ConfigurationReferenceTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"));
    List<URL> ours = new ArrayList<>();
    for (URL url : files) {
      if (url.getProtocol().equals("file")) {
        ours.add(url);
      }
    }
    assertThat(ours)
        .as("META-INF/spring-configuration-metadata.json generated into the classes")
        .hasSize(1);
    try (InputStream in = ours.get(0).openStream()) {
      return JsonMapper.builder().build().readTree(in);
    }
  }

  private static Class<?> mapValueType(String type) {
    String value = type.substring(type.indexOf(',') + 1, type.length() - 1).strip();
    try {
      return Class.forName(value);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the map's value type is not on the class path: " + type, e);
    }
  }

  /** The kebab-case paths of a record's leaf components, following nested records. */
  private static List<String> leaves(Class<?> type) {
    List<String> leaves = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      String name = kebab(component.getName());
      Class<?> componentType = component.getType();
      if (componentType.isRecord()) {
        leaves(componentType).forEach(leaf -> leaves.add(name + "." + leaf));
      } else if (isMapOrCollection(component.getGenericType())) {
        throw new IllegalStateException("add a rule for " + type.getName() + "." + name);
      } else {
        leaves.add(name);
      }
    }
    return leaves;
  }

  private static boolean isMapOrCollection(Type type) {
    Type raw = type instanceof ParameterizedType p ? p.getRawType() : type;
    return raw instanceof Class<?> c
        && (Map.class.isAssignableFrom(c) || java.util.Collection.class.isAssignableFrom(c));
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
