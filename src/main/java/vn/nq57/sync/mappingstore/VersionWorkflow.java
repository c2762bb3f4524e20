package vn.nq57.sync.mappingstore;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nq57.sync.access.Audit;
import vn.nq57.sync.access.AuditAction;
import vn.nq57.sync.mapping.MappingDefinitionException;
import vn.nq57.sync.support.NotFoundException;
import vn.nq57.sync.support.Sha256;
import vn.nq57.sync.support.VietnamTime;

/**
 * The changes to a mapping's versions: store a draft (checked, with its diff), activate one, roll
 * back to the one active before. Each change holds the mapping's lock for its transaction, so
 * version numbers and the single active version stay consistent across nodes.
 */
@Service
class VersionWorkflow {

  private final MappingVersionRepository versions;
  private final MappingActivationRepository activations;
  private final MappingSources sources;
  private final SharedDocuments shared;
  private final TransactionTemplate tx;
  private final Audit audit;
  private final Clock clock;

  VersionWorkflow(
      MappingVersionRepository versions,
      MappingActivationRepository activations,
      MappingSources sources,
      SharedDocuments shared,
      TransactionTemplate tx,
      Audit audit,
      Clock clock) {
    this.audit = audit;
    this.shared = shared;
    this.versions = versions;
    this.activations = activations;
    this.sources = sources;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * Stores a new DRAFT. A null crosswalk reuses the crosswalk of the latest version. An invalid
   * draft is refused, unless keepInvalid (a file import records what it saw, errors included).
   */
  MappingVersion draft(Draft draft, boolean keepInvalid) {
    return tx.execute(
        status -> {
          versions.lock(draft.mappingId());
          Optional<MappingVersion> latest = versions.latest(draft.mappingId());
          String crosswalk =
              draft.crosswalk() != null
                  ? draft.crosswalk()
                  : latest.map(MappingVersion::crosswalkYaml).orElse(null);
          String crosswalkName = crosswalkName(draft.yaml());
          String hash = hash(draft.yaml(), crosswalkName, crosswalk);
          if (versions.hasContent(draft.mappingId(), hash)) {
            throw new VersionConflictException(
                "mapping-unchanged",
                "Mapping '%s' already has a version with this content; activate that version instead."
                    .formatted(draft.mappingId()));
          }
          Validation check = check(draft.mappingId(), draft.yaml(), crosswalk);
          if (!check.valid() && !keepInvalid) {
            throw new InvalidMappingException(draft.mappingId(), null, check.errors());
          }
          MappingVersion stored =
              versions.insert(
                  new MappingVersion(
                      0,
                      draft.mappingId(),
                      latest.map(v -> v.version() + 1).orElse(1),
                      VersionState.DRAFT,
                      draft.yaml(),
                      crosswalkName,
                      crosswalk,
                      hash,
                      check.valid(),
                      check.errors(),
                      draft.author(),
                      draft.reason(),
                      VietnamTime.now(clock),
                      null,
                      diff(latest, draft.yaml(), crosswalkName, crosswalk)));
          audit.record(
              draft.author(),
              AuditAction.MAPPING_DRAFTED,
              draft.mappingId() + " v" + stored.version(),
              draft.reason());
          return stored;
        });
  }

  Validation validate(MappingVersion v) {
    return check(v.mappingId(), v.mappingYaml(), v.crosswalkYaml());
  }

  /** Makes the version the active one; checked again, so an invalid mapping is never used. */
  MappingVersion activate(
      String mappingId, int number, String actor, String reason, String action) {
    return tx.execute(
        status -> {
          versions.lock(mappingId);
          return activate(find(mappingId, number), actor, reason, action);
        });
  }

  /** Reactivates the version that was active before the current one. */
  MappingVersion rollback(String mappingId, String actor, String reason) {
    return tx.execute(
        status -> {
          versions.lock(mappingId);
          MappingVersion current =
              versions.active(mappingId).orElseThrow(() -> nothingToRollBack(mappingId));
          long previous =
              activations
                  .activeBefore(mappingId, current.id())
                  .orElseThrow(() -> nothingToRollBack(mappingId));
          return activate(versions.byId(previous).orElseThrow(), actor, reason, "ROLLBACK");
        });
  }

  MappingVersion find(String mappingId, int number) {
    return versions
        .find(mappingId, number)
        .orElseThrow(() -> new NotFoundException("version of mapping " + mappingId, number));
  }

  private MappingVersion activate(MappingVersion v, String actor, String reason, String action) {
    Validation check = validate(v);
    if (!check.valid()) {
      throw new InvalidMappingException(v.mappingId(), v.version(), check.errors());
    }
    if (v.state() != VersionState.ACTIVE) {
      versions.activate(v.mappingId(), v.id(), VietnamTime.now(clock));
    }
    activations.log(v, action, actor, reason, VietnamTime.now(clock));
    audit.record(actor, auditAction(action), v.mappingId() + " v" + v.version(), reason);
    return versions.byId(v.id()).orElseThrow();
  }

  private static AuditAction auditAction(String action) {
    return switch (action) {
      case "IMPORT" -> AuditAction.MAPPING_IMPORTED;
      case "ROLLBACK" -> AuditAction.MAPPING_ROLLED_BACK;
      case "RESOLVE" -> AuditAction.MAPPING_VALUE_RESOLVED;
      default -> AuditAction.MAPPING_ACTIVATED;
    };
  }

  private Validation check(String mappingId, String yaml, String crosswalk) {
    return DefinitionCheck.check(
        mappingId, yaml, crosswalk, sources.knownFields(mappingId), shared::read);
  }

  private static VersionConflictException nothingToRollBack(String mappingId) {
    return new VersionConflictException(
        "nothing-to-roll-back",
        "Mapping '%s' has no earlier active version to roll back to.".formatted(mappingId));
  }

  private static String diff(
      Optional<MappingVersion> before, String yaml, String crosswalkName, String crosswalk) {
    String name = crosswalkName == null ? "crosswalk" : crosswalkName;
    return LineDiff.unified(
            "mapping.yaml", before.map(MappingVersion::mappingYaml).orElse(""), yaml)
        + LineDiff.unified(name, before.map(MappingVersion::crosswalkYaml).orElse(""), crosswalk);
  }

  /** The crosswalk the mapping names, or null when the YAML does not say. */
  static String crosswalkName(String yaml) {
    try {
      String name = DefinitionCheck.tree(yaml).path("taskCode").path("crosswalk").asString(null);
      return name == null || name.isBlank() ? null : name;
    } catch (MappingDefinitionException e) {
      return null;
    }
  }

  static String hash(String yaml, String crosswalkName, String crosswalk) {
    return Sha256.hex(
        yaml
            + '\u0000'
            + Objects.toString(crosswalkName, "")
            + '\u0000'
            + Objects.toString(crosswalk, ""));
  }

  /** What a new version is made of and who asks for it. */
  record Draft(String mappingId, String yaml, String crosswalk, String reason, String author) {}
}
