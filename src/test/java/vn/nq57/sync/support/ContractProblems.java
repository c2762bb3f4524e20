package vn.nq57.sync.support;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** A national problem answer as the contract writes it, for any stub of the national API. */
public final class ContractProblems {

  private ContractProblems() {}

  public static ResponseDefinitionBuilder problem(int status, String code) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(status)
        .withHeader("Content-Type", "application/problem+json")
        .withBody(
            "{\"type\":\"about:blank\",\"title\":\""
                + code
                + "\",\"status\":"
                + status
                + ",\"code\":\""
                + code
                + "\"}");
  }
}
