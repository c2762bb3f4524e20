package vn.nq57.sync.mappingstore;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where mapping files are imported from.
 *
 * @param directory the folder holding {@code <mapping-id>.yaml} and the crosswalks they name
 * @param importOnStartup whether changed files become new versions when the adapter starts
 */
@ConfigurationProperties("nq57.mappings")
record MappingAdminProperties(
    @DefaultValue("mappings") Path directory, @DefaultValue("true") boolean importOnStartup) {}
