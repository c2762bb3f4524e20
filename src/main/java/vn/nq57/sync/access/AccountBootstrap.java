package vn.nq57.sync.access;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nq57.sync.support.ConfiguredAccounts;
import vn.nq57.sync.support.VietnamTime;

/**
 * Seeds an empty user table with the configured accounts (nq57.security.*: the operator and the
 * admin), before the web server takes requests. Once the table has users, the configuration's
 * accounts are not read again: passwords and roles are changed through {@code /api/users}.
 */
@Component
class AccountBootstrap implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
  static final String CONFIGURATION = "configuration";

  private final UserRepository users;
  private final ConfiguredAccounts configured;
  private final Audit audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  AccountBootstrap(
      UserRepository users,
      ConfiguredAccounts configured,
      Audit audit,
      TransactionTemplate tx,
      Clock clock) {
    this.users = users;
    this.configured = configured;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public void afterSingletonsInstantiated() {
    tx.executeWithoutResult(
        status -> {
          users.lock();
          if (!users.isEmpty()) {
            return;
          }
          for (ConfiguredAccounts.Account account : configured.accounts()) {
            UserRole role = UserRole.valueOf(account.role());
            users.insert(
                account.username(),
                account.encodedPassword(),
                role,
                CONFIGURATION,
                VietnamTime.now(clock));
            audit.record(
                CONFIGURATION, AuditAction.USER_CREATED, account.username(), "role " + role);
            log.info("Created user '{}' ({}) from the configuration", account.username(), role);
          }
        });
  }
}
