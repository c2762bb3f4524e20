package vn.nq57.sync.national;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where and as whom the adapter reports. Pointing the adapter at another server that follows the
 * contract is a change of these keys only.
 *
 * @param baseUrl the national API root, e.g. {@code https://api.nq57.example/}
 * @param clientId the client id issued with the province's account
 * @param clientSecret its secret; never logged or printed
 * @param reportingUnitCode the unit code the account reports for, e.g. {@code 51}
 * @param scope the OAuth2 scope asked for
 * @param tokenRefreshMargin a token is renewed this long before it expires (at most a fifth of its
 *     lifetime)
 * @param maxRequestsPerMinute the adapter paces itself to stay under this (the contract: 60)
 * @param rateWindowMargin the pacer counts its requests over a minute plus this margin, so that a
 *     request's arrival at the server, later than its start here, never lands inside the server's
 *     minute of an earlier one
 * @param callDeadline the whole answer of one national call must arrive within this, counted from
 *     the request; a trickling answer is a transient failure of that call
 * @param maxAnswerSize a national answer larger than this is refused as a transient failure
 */
@Validated
@ConfigurationProperties("nq57.national")
public record NationalApiProperties(
    @NotNull(message = "set nq57.national.base-url to the national API address") URI baseUrl,
    @NotBlank(message = "set nq57.national.client-id (or NQ57_NATIONAL_CLIENT_ID)") String clientId,
    @NotBlank(message = "set nq57.national.client-secret (or NQ57_NATIONAL_CLIENT_SECRET)")
        String clientSecret,
    @NotBlank(message = "set nq57.national.reporting-unit-code, e.g. 51") String reportingUnitCode,
    @DefaultValue("report.write catalog.read") String scope,
    @DefaultValue("30s") Duration tokenRefreshMargin,
    @DefaultValue("60") @Min(1) int maxRequestsPerMinute,
    @DefaultValue("1s") Duration rateWindowMargin,
    @DefaultValue("60s") Duration callDeadline,
    @DefaultValue("4MB") DataSize maxAnswerSize) {

  @Override
  public String toString() {
    return "NationalApiProperties[baseUrl="
        + baseUrl
        + ", clientId="
        + clientId
        + ", clientSecret=****, reportingUnitCode="
        + reportingUnitCode
        + ", scope="
        + scope
        + "]";
  }
}
