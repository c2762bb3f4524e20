package vn.nq57.sync.run;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the field mappings live.
 *
 * @param directory the folder holding {@code <mapping-id>.yaml} and the crosswalks they name
 */
@ConfigurationProperties("nq57.mappings")
public record MappingsProperties(@DefaultValue("mappings") Path directory) {}
