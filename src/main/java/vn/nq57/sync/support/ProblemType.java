package vn.nq57.sync.support;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Every {@code type} the operator/admin API answers in an RFC 9457 problem, with its status and
 * meaning. The URIs are stable identifiers (clients compare them); they are not meant to resolve.
 * The OpenAPI document lists them from here, so a new type is added here first.
 */
enum ProblemType {
  BAD_REQUEST(
      "bad-request",
      HttpStatus.BAD_REQUEST,
      "Bad request",
      "The request could not be read: malformed JSON, a value of the wrong type, a missing"
          + " parameter."),
  VALIDATION(
      "validation",
      HttpStatus.BAD_REQUEST,
      "Validation failed",
      "The request was read but a value breaks a constraint; errors names each field or"
          + " parameter."),
  UNAUTHORIZED(
      "unauthorized",
      HttpStatus.UNAUTHORIZED,
      "Authentication required",
      "No or wrong HTTP basic credentials."),
  FORBIDDEN(
      "forbidden",
      HttpStatus.FORBIDDEN,
      "Forbidden",
      "The account's role may not do this (changes to mappings need ADMIN)."),
  CROSS_SITE_REQUEST(
      "cross-site-request",
      HttpStatus.FORBIDDEN,
      "Cross-site request refused",
      "A request that changes something came from another site's page (Origin or"
          + " Sec-Fetch-Site); call the API from its own origin or from a client that is not a"
          + " browser."),
  NOT_FOUND(
      "not-found",
      HttpStatus.NOT_FOUND,
      "Not found",
      "No run, submission, mapping, version or endpoint with that id or path."),
  METHOD_NOT_ALLOWED(
      "method-not-allowed",
      HttpStatus.METHOD_NOT_ALLOWED,
      "Method not allowed",
      "The path exists but not with this HTTP method; Allow lists the methods."),
  NOT_ACCEPTABLE(
      "not-acceptable",
      HttpStatus.NOT_ACCEPTABLE,
      "Not acceptable",
      "The API cannot answer in a media type the Accept header allows."),
  UNSUPPORTED_MEDIA_TYPE(
      "unsupported-media-type",
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      "Unsupported media type",
      "The request body is not application/json (a request that changes something carries JSON"
          + " or no body at all)."),
  PAYLOAD_TOO_LARGE(
      "payload-too-large",
      HttpStatus.CONTENT_TOO_LARGE,
      "Payload too large",
      "The request body is larger than the server accepts (nq57.security.max-request-size)."),
  TOO_MANY_REQUESTS(
      "too-many-requests",
      HttpStatus.TOO_MANY_REQUESTS,
      "Too many requests",
      "Too many failed logins for this user or from this address; Retry-After says when to try"
          + " again."),
  MAPPING_INVALID(
      "mapping-invalid",
      HttpStatus.UNPROCESSABLE_CONTENT,
      "The mapping is not valid",
      "A mapping draft or file breaks the mapping language; errors names file, line and field."),
  MAPPING_UNCHANGED(
      "mapping-unchanged",
      HttpStatus.CONFLICT,
      "Mapping unchanged",
      "A version with this content exists already; activate that version instead."),
  NOTHING_TO_ROLL_BACK(
      "nothing-to-roll-back",
      HttpStatus.CONFLICT,
      "Nothing to roll back",
      "The mapping has no earlier active version."),
  WORK_QUEUE_ITEM_RESOLVED(
      "work-queue-item-resolved",
      HttpStatus.CONFLICT,
      "Work-queue item resolved",
      "The unmapped value was resolved already."),
  WEAK_PASSWORD(
      "weak-password",
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Password too weak",
      "A new or reset password breaks the password policy (docs/security.md); detail names the"
          + " rule, never the password."),
  USER_EXISTS(
      "user-exists", HttpStatus.CONFLICT, "User exists", "A user with this name exists already."),
  LAST_ADMIN(
      "last-admin",
      HttpStatus.CONFLICT,
      "Last admin",
      "The change would leave no enabled ADMIN; make another user ADMIN first."),
  NOTHING_TO_REPLAY(
      "nothing-to-replay",
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Nothing to replay",
      "None of the selected submissions can be replayed; refused lists each with the reason."),
  REPLAY_JOB_STATE(
      "replay-job-state",
      HttpStatus.CONFLICT,
      "Replay job cannot do that now",
      "The replay job is finished or not in the state this change needs (pause a RUNNING job,"
          + " resume a PAUSED one)."),
  PERMANENT_FAILURE(
      "permanent-failure",
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Permanent failure",
      "A downstream system refused the request for good; code carries its error code."),
  TRANSIENT_FAILURE(
      "transient-failure",
      HttpStatus.SERVICE_UNAVAILABLE,
      "Transient failure",
      "A downstream system or the database is unavailable for now; retry later."),
  SERVICE_UNAVAILABLE(
      "service-unavailable",
      HttpStatus.SERVICE_UNAVAILABLE,
      "Service unavailable",
      "The adapter cannot answer now (for example a request timed out); retry later."),
  INTERNAL(
      "internal",
      HttpStatus.INTERNAL_SERVER_ERROR,
      "Internal error",
      "An unexpected failure; the log has the details under the same time, the answer does not.");

  static final String BASE = "https://nq57-sync.local/problems/";

  /** The type a Spring default answer of this status gets when nothing more specific applies. */
  private static final Map<Integer, ProblemType> BY_STATUS =
      Map.of(
          400, BAD_REQUEST,
          401, UNAUTHORIZED,
          403, FORBIDDEN,
          404, NOT_FOUND,
          405, METHOD_NOT_ALLOWED,
          406, NOT_ACCEPTABLE,
          413, PAYLOAD_TOO_LARGE,
          415, UNSUPPORTED_MEDIA_TYPE,
          429, TOO_MANY_REQUESTS,
          503, SERVICE_UNAVAILABLE);

  private final String slug;
  private final HttpStatus status;
  private final String title;
  private final String meaning;

  ProblemType(String slug, HttpStatus status, String title, String meaning) {
    this.slug = slug;
    this.status = status;
    this.title = title;
    this.meaning = meaning;
  }

  URI uri() {
    return URI.create(BASE + slug);
  }

  HttpStatus status() {
    return status;
  }

  String title() {
    return title;
  }

  String meaning() {
    return meaning;
  }

  /** Every type URI, in declaration order. */
  static List<String> uris() {
    return Arrays.stream(values()).map(type -> type.uri().toString()).toList();
  }

  /** The generic type of a status: a 4xx without its own type is a bad request, a 5xx internal. */
  static ProblemType forStatus(HttpStatusCode status) {
    return Optional.ofNullable(BY_STATUS.get(status.value()))
        .orElse(status.is4xxClientError() ? BAD_REQUEST : INTERNAL);
  }
}
