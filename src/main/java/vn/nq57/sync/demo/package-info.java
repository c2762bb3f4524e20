/**
 * Demo mode (profile {@code demo}): points the adapter at the built-in sandbox of the national API,
 * refuses to start if the national base URL is anything but this machine, gives the sandbox and the
 * client a fresh random secret, and puts the sample report into the inbox.
 */
package vn.nq57.sync.demo;
