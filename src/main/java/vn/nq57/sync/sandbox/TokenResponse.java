package vn.nq57.sync.sandbox;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The OAuth2 client-credentials answer. */
record TokenResponse(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn) {}
