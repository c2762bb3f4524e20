package vn.nq57.sync.mappingstore;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers the feature's properties (Application scans only the packages it lists). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MappingAdminProperties.class)
class MappingAdminConfiguration {}
