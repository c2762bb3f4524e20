package vn.nq57.sync.source;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A provincial task tracker's JSON API, read page by page and incrementally.
 *
 * @param baseUrl the tracker's address, e.g. {@code https://tracker.example/api}
 * @param path the list resource under it, e.g. {@code /nhiem-vu}
 * @param recordsPointer JSON pointer to the array of records in a page ({@code ""}: the body is the
 *     array)
 * @param idField the record field named in a parked record's location (optional)
 * @param updatedSinceParam the query parameter that asks for records changed since the watermark
 *     (blank: every pull reads everything)
 * @param updatedField the record field whose greatest value becomes the next watermark
 * @param initialWatermark sent on the first pull (blank: the parameter is left out)
 * @param paging how pages are asked for
 * @param auth how the adapter authenticates to the tracker
 * @param pageSize records asked for per page
 * @param maxPages a guard against a tracker that pages forever
 * @param connectTimeout time to connect
 * @param readTimeout time for a whole answer
 * @param maxAttempts tries per call on a transient error (timeout, 5xx, 429, connection reset)
 * @param initialBackoff the first wait between tries, doubled each time
 */
public record RestSettings(
    URI baseUrl,
    @DefaultValue("") String path,
    @DefaultValue("") String recordsPointer,
    @DefaultValue("") String idField,
    @DefaultValue("") String updatedSinceParam,
    @DefaultValue("") String updatedField,
    @DefaultValue("") String initialWatermark,
    @DefaultValue RestPaging paging,
    @DefaultValue RestAuth auth,
    @DefaultValue("100") int pageSize,
    @DefaultValue("10000") int maxPages,
    @DefaultValue("10s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout,
    @DefaultValue("4") int maxAttempts,
    @DefaultValue("1s") Duration initialBackoff) {

  /** How pages are asked for: PAGE (page + size), OFFSET (offset + limit) or NEXT_LINK. */
  public enum PagingStyle {
    PAGE,
    OFFSET,
    NEXT_LINK
  }

  /**
   * Paging.
   *
   * @param style PAGE, OFFSET or NEXT_LINK
   * @param pageParam for PAGE: the query parameter of the page number
   * @param sizeParam for PAGE and NEXT_LINK: the query parameter of the page size
   * @param firstPage for PAGE: the number of the first page
   * @param offsetParam for OFFSET: the query parameter of the offset of a page's first record
   * @param limitParam for OFFSET: the query parameter of the page size
   * @param nextPointer for NEXT_LINK: JSON pointer to the next page's URL (absent or null: last)
   */
  public record RestPaging(
      @DefaultValue("PAGE") PagingStyle style,
      @DefaultValue("page") String pageParam,
      @DefaultValue("size") String sizeParam,
      @DefaultValue("1") int firstPage,
      @DefaultValue("offset") String offsetParam,
      @DefaultValue("limit") String limitParam,
      @DefaultValue("/next") String nextPointer) {}

  /** How a tracker wants callers to authenticate. */
  public enum AuthKind {
    NONE,
    API_KEY,
    BASIC,
    OAUTH2
  }

  /**
   * Credentials: set them with environment placeholders ({@code api-key: ${TRACKER_KEY}}), never in
   * a file. They are never printed.
   *
   * @param kind NONE, API_KEY, BASIC or OAUTH2
   * @param header for API_KEY: the request header that carries the key
   * @param apiKey for API_KEY: the key
   * @param username for BASIC: the user
   * @param password for BASIC: the password
   * @param tokenUrl for OAUTH2: the token endpoint (client credentials grant)
   * @param clientId for OAUTH2: the client id
   * @param clientSecret for OAUTH2: the client secret
   * @param scope for OAUTH2: the scope asked for (optional)
   */
  public record RestAuth(
      @DefaultValue("NONE") AuthKind kind,
      @DefaultValue("X-API-Key") String header,
      String apiKey,
      String username,
      String password,
      URI tokenUrl,
      String clientId,
      String clientSecret,
      String scope) {

    @Override
    public String toString() {
      return "RestAuth[kind=" + kind + ", header=" + header + ", credentials=******]";
    }
  }
}
