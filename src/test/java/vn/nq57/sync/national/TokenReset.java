package vn.nq57.sync.national;

import org.springframework.context.ApplicationContext;

/** Lets a test start without the token an earlier test left in the shared context. */
public final class TokenReset {

  private TokenReset() {}

  public static void forget(ApplicationContext context) {
    context.getBean(TokenCache.class).invalidate();
  }
}
