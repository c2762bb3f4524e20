package vn.nq57.sync.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps other web sites from changing anything through a browser that holds an operator's basic
 * credentials. A state-changing request (any method but GET, HEAD, OPTIONS, TRACE) is refused with
 * 403 {@code cross-site-request} when its Origin is not the API's own or Sec-Fetch-Site says
 * another site sent it, and with 415 {@code unsupported-media-type} when it carries a body that is
 * not JSON or a Content-Type that is not JSON: a browser sends a form or text/plain across sites
 * without asking, JSON never. The sandbox, which plays the national API with bearer tokens and a
 * form-encoded token endpoint, is left out.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final Set<String> SAME_SITE_FETCHES = Set.of("same-origin", "none");
  private static final String SEC_FETCH_SITE = "Sec-Fetch-Site";

  private final SecurityProblems problems;

  CrossSiteRequestFilter(SecurityProblems problems) {
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return SAFE_METHODS.contains(request.getMethod())
        || request.getRequestURI().startsWith(request.getContextPath() + "/sandbox/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (fromAnotherSite(request)) {
      problems.write(
          response,
          ProblemType.CROSS_SITE_REQUEST,
          "A page of another site may not change anything here (Origin or Sec-Fetch-Site);"
              + " call the API from its own origin or from a client that is not a browser.",
          request.getRequestURI());
    } else if (!jsonOrNothing(request)) {
      problems.write(
          response,
          ProblemType.UNSUPPORTED_MEDIA_TYPE,
          "A request that changes something carries a JSON body (Content-Type: application/json)"
              + " or no body and no Content-Type; forms and text are refused.",
          request.getRequestURI());
    } else {
      chain.doFilter(request, response);
    }
  }

  private static boolean fromAnotherSite(HttpServletRequest request) {
    String fetchSite = request.getHeader(SEC_FETCH_SITE);
    if (fetchSite != null && !SAME_SITE_FETCHES.contains(fetchSite)) {
      return true;
    }
    try {
      // True when an Origin header is there and differs from this request's scheme, host, port.
      return CorsUtils.isCorsRequest(request);
    } catch (IllegalArgumentException unreadableOrigin) {
      return true;
    }
  }

  private static boolean jsonOrNothing(HttpServletRequest request) {
    String contentType = request.getContentType();
    if (contentType == null) {
      return !hasBody(request);
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return "application".equals(type.getType())
          && ("json".equals(type.getSubtype()) || "json".equals(type.getSubtypeSuffix()));
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getContentLengthLong() > 0
        || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
  }
}
