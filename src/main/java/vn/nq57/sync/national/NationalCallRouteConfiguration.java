package vn.nq57.sync.national;

import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * Error handling of the {@code national-api-call} route: none. A failed call is handed back to
 * {@link NationalHttp} as the exchange's exception, where it becomes a transient failure that the
 * pusher or poller logs once, as a WARN, with what happens next.
 */
@Component
class NationalCallRouteConfiguration extends RouteConfigurationBuilder {

  @Override
  public void configuration() {
    routeConfiguration("national-call").errorHandler(noErrorHandler());
  }
}
