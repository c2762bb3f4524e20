package vn.nq57.sync.mappingstore;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests outside this package: puts the shipped mappings back, as {@link MappingTables} does.
 */
public final class ShippedMappings {

  private ShippedMappings() {}

  public static void restore(JdbcClient jdbc, ApplicationContext context) {
    MappingTables.reset(jdbc, context.getBean(MappingFileImport.class));
  }
}
