package vn.nq57.sync.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console's two languages say the same things: both bundles have the same keys, Vietnamese is
 * in NFC (as the sources are matched), and every key a template names exists.
 */
class ConsoleMessagesTest {

  private static final Pattern TEMPLATE_KEY =
      Pattern.compile("#\\{([a-zA-Z]+(?:\\.[a-zA-Z]+)+)[}(]");

  @Test
  void bothLanguagesHaveTheSameKeysAndVietnameseIsNfc() throws IOException {
    Properties vi = load("console/messages_vi.properties");
    Properties en = load("console/messages_en.properties");
    assertThat(vi.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    vi.forEach(
        (key, text) ->
            assertThat(Normalizer.isNormalized((String) text, Normalizer.Form.NFC))
                .as("%s is NFC", key)
                .isTrue());
    assertThat(vi.getProperty("nav.dashboard")).isEqualTo("Tổng quan");
  }

  @Test
  void everyKeyATemplateNamesExists() throws IOException {
    Set<String> keys = load("console/messages_en.properties").stringPropertyNames();
    Set<String> named = new TreeSet<>();
    try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/console"))) {
      for (Path template : templates.toList()) {
        Matcher m = TEMPLATE_KEY.matcher(Files.readString(template));
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    }
    assertThat(named).isNotEmpty();
    assertThat(keys).containsAll(named);
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        ConsoleMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
