/**
 * Demo mode (profile {@code demo}): points the adapter at the built-in sandbox of the national API,
 * refuses to start if the national base URL is anything but this machine, gives the sandbox and the
 * client a fresh random secret (through configuration properties only), and puts the sample report
 * into the inbox of source (and the sample KPI indicator sheet into the first indicator inbox). It
 * owns no table and may call only source.
 */
@ApplicationModule(allowedDependencies = "source")
package vn.nq57.sync.demo;

import org.springframework.modulith.ApplicationModule;
