package vn.nq57.sync.run;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the application's DataSource and counts, for one thread, the statements sent to the
 * database (each execute call, a whole JDBC batch counting once) and the transactions committed
 * (explicit commits plus statements run in auto-commit).
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounter {

  /** The one counter of the test JVM: the post-processor must exist before any bean. */
  static final StatementCounter COUNTER = new StatementCounter();

  private volatile Thread counted;
  private final AtomicInteger statements = new AtomicInteger();
  private final AtomicInteger transactions = new AtomicInteger();

  @Bean
  static BeanPostProcessor countingDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource dataSource && name.equals("dataSource")
            ? COUNTER.wrap(dataSource)
            : bean;
      }
    };
  }

  /** Counts from now on, on the calling thread only. */
  void start() {
    statements.set(0);
    transactions.set(0);
    counted = Thread.currentThread();
  }

  int statements() {
    return statements.get();
  }

  int transactions() {
    return transactions.get();
  }

  private DataSource wrap(DataSource target) {
    return proxy(
        DataSource.class,
        target,
        (method, result, args) ->
            result instanceof Connection connection
                ? proxy(Connection.class, connection, (m, r, a) -> connectionCall(connection, m, r))
                : result);
  }

  private Object connectionCall(Connection connection, Method method, Object result)
      throws Exception {
    if (method.getName().equals("commit") && mine()) {
      transactions.incrementAndGet();
    }
    if (result instanceof Statement statement && method.getReturnType().isInterface()) {
      return proxy(
          method.getReturnType(),
          statement,
          (m, r, a) -> {
            if (m.getName().startsWith("execute") && mine()) {
              statements.incrementAndGet();
              if (connection.getAutoCommit()) {
                transactions.incrementAndGet();
              }
            }
            return r;
          });
    }
    return result;
  }

  private boolean mine() {
    return Thread.currentThread() == counted;
  }

  /** After a call on the target: may replace its result. */
  private interface After {
    Object apply(Method method, Object result, Object[] args) throws Exception;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, Object target, After after) {
    InvocationHandler handler =
        (self, method, args) -> {
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          return after.apply(method, result, args);
        };
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
