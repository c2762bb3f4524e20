package vn.nq57.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.sync.national.CatalogueTask;
import vn.nq57.sync.support.MutableClock;

/**
 * The sandbox's catalogue and the adapter's catalogue client agree: pages at the client's page size
 * bind to {@link CatalogueTask} with every required field, and the shipped crosswalk's codes the
 * sandbox assigns to another unit are exactly those the adapter then flags before sending.
 */
class SandboxCatalogueTest {

  private static final String BASE = SandboxController.BASE_PATH;
  private static final ObjectMapper CLIENT_JSON = JsonMapper.builder().build();

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(
              new SandboxController(
                  new SandboxApi(Reports.properties(), new MutableClock(Reports.NOW))))
          .setControllerAdvice(new SandboxProblemAdvice())
          .build();

  @Test
  void servesPagesTheCatalogueClientReadsAtEveryPageSize() throws Exception {
    List<CatalogueTask> whole = readAll(500);
    List<CatalogueTask> paged = readAll(20);

    assertThat(whole).hasSize(49);
    assertThat(paged).isEqualTo(whole);
    assertThat(whole)
        .allSatisfy(
            t -> {
              assertThat(t.taskCode()).isNotBlank();
              assertThat(t.title()).isNotBlank();
              assertThat(t.assignedUnitCode()).isEqualTo("51");
            });
  }

  @Test
  void leavesOutTheShippedCrosswalkCodesItAssignsToAnotherUnit() throws Exception {
    Set<String> served = new TreeSet<>();
    readAll(500).forEach(t -> served.add(t.taskCode()));
    Set<String> linked = new TreeSet<>();
    Matcher code =
        Pattern.compile("taskCode: \"([^\"]+)\"")
            .matcher(Files.readString(Path.of("mappings/bao-cao-phu-luc-I.crosswalk.yaml")));
    while (code.find()) {
      linked.add(code.group(1));
    }

    linked.removeAll(served);

    // The two tasks the demo's sandbox rejects NOT_ASSIGNED_TO_UNIT when no catalogue is cached.
    assertThat(linked).containsExactly("NQ57.KL.PL1.21", "NQ57.KL.PL1.25");
  }

  private List<CatalogueTask> readAll(int size) throws Exception {
    String bearer = "Bearer " + token();
    List<CatalogueTask> tasks = new ArrayList<>();
    int totalPages = 1;
    for (int page = 0; page < totalPages; page++) {
      String body =
          mvc.perform(
                  get(BASE + "/api/v1/units/51/tasks?page=" + page + "&size=" + size)
                      .header("Authorization", bearer))
              .andReturn()
              .getResponse()
              .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
      JsonNode answer = CLIENT_JSON.readTree(body);
      assertThat(answer.path("page").asInt()).isEqualTo(page);
      totalPages = answer.path("totalPages").asInt();
      for (JsonNode item : answer.path("items")) {
        tasks.add(CLIENT_JSON.treeToValue(item, CatalogueTask.class));
      }
    }
    return tasks;
  }

  private String token() throws Exception {
    String body =
        mvc.perform(
                post(BASE + "/oauth2/token")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("grant_type", "client_credentials")
                    .param("client_id", Reports.CLIENT_ID)
                    .param("client_secret", Reports.CLIENT_SECRET)
                    .param("scope", "report.write catalog.read"))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    return CLIENT_JSON.readTree(body).path("access_token").asString();
  }
}
