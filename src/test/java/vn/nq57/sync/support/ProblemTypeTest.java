package vn.nq57.sync.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;

/** The stable problem types: a type for every status, and the README's list kept complete. */
class ProblemTypeTest {

  @Test
  void givesSpringDefaultsTheTypeOfTheirStatus() {
    assertThat(ProblemType.forStatus(HttpStatusCode.valueOf(405)))
        .isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
    assertThat(ProblemType.forStatus(HttpStatusCode.valueOf(415)))
        .isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
    assertThat(ProblemType.forStatus(HttpStatusCode.valueOf(418)))
        .isEqualTo(ProblemType.BAD_REQUEST);
    assertThat(ProblemType.forStatus(HttpStatusCode.valueOf(502))).isEqualTo(ProblemType.INTERNAL);
  }

  @Test
  void readmeListsEveryProblemType() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    for (ProblemType type : ProblemType.values()) {
      String slug = type.uri().toString().substring(ProblemType.BASE.length());
      assertThat(readme).as("README, Errors").contains("`" + slug + "`");
    }
  }
}
