package vn.nq57.sync.mappingstore;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading mappings and their versions (operators and admins): list, history, one version, export.
 */
@RestController
@RequestMapping("/api/mappings")
class MappingReadController {

  static final MediaType YAML = MediaType.parseMediaType("text/yaml;charset=UTF-8");

  private final MappingVersionRepository versions;
  private final MappingSources sources;
  private final VersionWorkflow workflow;

  MappingReadController(
      MappingVersionRepository versions, MappingSources sources, VersionWorkflow workflow) {
    this.versions = versions;
    this.sources = sources;
    this.workflow = workflow;
  }

  @GetMapping
  List<MappingSummary> list() {
    TreeSet<String> ids = new TreeSet<>(versions.mappingIds());
    ids.addAll(sources.mappingIds());
    return ids.stream()
        .map(
            id ->
                new MappingSummary(
                    id,
                    versions.latest(id).map(MappingVersion::kind).orElse(MappingKind.TASK),
                    versions.active(id).map(MappingVersion::version).orElse(null),
                    versions.latest(id).map(MappingVersion::version).orElse(null),
                    sources.sourceIds(id)))
        .toList();
  }

  @GetMapping("/{id}/versions")
  List<VersionView> versions(@PathVariable String id) {
    return versions.all(id).stream().map(VersionView::summary).toList();
  }

  @GetMapping("/{id}/versions/{n}")
  VersionView version(@PathVariable String id, @PathVariable int n) {
    return VersionView.detail(workflow.find(id, n));
  }

  /** The version's mapping YAML (or, with document=crosswalk, its crosswalk) as a file. */
  @GetMapping("/{id}/versions/{n}/export")
  ResponseEntity<String> export(
      @PathVariable String id,
      @PathVariable int n,
      @RequestParam(defaultValue = "mapping") String document) {
    MappingVersion v = workflow.find(id, n);
    boolean crosswalk = "crosswalk".equals(document);
    String name =
        crosswalk
            ? Optional.ofNullable(v.crosswalkName()).orElse(id + ".crosswalk.yaml")
            : id + ".yaml";
    return ResponseEntity.ok()
        .contentType(YAML)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .body(crosswalk ? Optional.ofNullable(v.crosswalkYaml()).orElse("") : v.mappingYaml());
  }

  /**
   * A mapping as listed.
   *
   * @param kind a task mapping, an agency map or an indicator mapping
   * @param activeVersion null when no version is active
   * @param sources the configured sources that map their records with it
   */
  record MappingSummary(
      String id,
      MappingKind kind,
      Integer activeVersion,
      Integer latestVersion,
      List<String> sources) {}
}
