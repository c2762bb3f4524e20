package vn.nq57.sync.delivery;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The adapter as an operator runs it: {@code vn.nq57.sync.Application} in a child JVM of its own,
 * started from the project folder with the main classpath (test classes left out, so nothing of the
 * test support is scanned), stdout and stderr in one log file.
 */
final class AdapterProcess {

  private static final Pattern TOMCAT_PORT = Pattern.compile("Tomcat started on port (\\d+)");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final Path log;
  private final Process process;
  private int port;

  private AdapterProcess(String name, Path log, Process process) {
    this.name = name;
    this.log = log;
    this.process = process;
  }

  /** Starts a child JVM with these Spring Boot arguments; returns at once. */
  static AdapterProcess start(String name, Path log, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", mainClassPath()));
    command.add("vn.nq57.sync.Application");
    command.addAll(arguments);
    try {
      Files.createDirectories(log.getParent());
      Process process =
          new ProcessBuilder(command)
              .directory(new File(System.getProperty("user.dir")))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      // Should the test JVM itself be stopped, no adapter is left running behind it.
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
      return new AdapterProcess(name, log, process);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + name, e);
    }
  }

  private static String mainClassPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * Waits until the adapter answers UP on its readiness probe (the whole health may be DEGRADED by
   * the data it starts on, e.g. a FAILED submission).
   */
  AdapterProcess awaitReady(Duration timeout) {
    await(name + " ready")
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue());
              }
              return healthy();
            });
    return this;
  }

  private boolean healthy() {
    if (port == 0) {
      Matcher matcher = TOMCAT_PORT.matcher(logText());
      if (!matcher.find()) {
        return false;
      }
      port = Integer.parseInt(matcher.group(1));
    }
    try {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create("http://localhost:" + port + "/actuator/health/readiness"))
              .timeout(Duration.ofSeconds(2))
              .build();
      HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** kill -9: {@link Process#destroyForcibly()} sends SIGKILL on Linux; returns the exit code. */
  int kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException(name + " did not die after SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return process.exitValue();
  }

  /** Stops the child if it still runs; a graceful stop first, then SIGKILL. */
  void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
    }
  }

  long pid() {
    return process.pid();
  }

  String name() {
    return name;
  }

  /** Lines of the log that contain {@code text}. */
  long countLines(String text) {
    return logText().lines().filter(line -> line.contains(text)).count();
  }

  String logText() {
    try {
      // Bytes, not readString: the child may be in the middle of writing a multi-byte character.
      return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String tail(int lines) {
    List<String> all = logText().lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ", log " + log + ")";
  }
}
