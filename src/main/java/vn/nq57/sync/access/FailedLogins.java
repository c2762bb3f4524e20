package vn.nq57.sync.access;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes every failed login (wrong password, unknown or disabled user; HTTP basic or the console's
 * form) to the audit log: the name tried as actor, the client address and the kind of failure as
 * detail. Spring Security publishes the events; the password is never part of them.
 */
@Component
class FailedLogins {

  private final Audit audit;

  FailedLogins(Audit audit) {
    this.audit = audit;
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    String address =
        event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
            ? web.getRemoteAddress()
            : null;
    String why = event.getException().getClass().getSimpleName().replace("Exception", "");
    audit.record(
        event.getAuthentication().getName(),
        AuditAction.LOGIN_FAILED,
        null,
        address == null ? why : why + " from " + address);
  }
}
