package vn.nq57.sync.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.nq57.sync.Application;

/** The whole application refuses to start with a weak password and says why, without it. */
@ExtendWith(OutputCaptureExtension.class)
class WeakPasswordStartTest {

  @Test
  void theApplicationRefusesToStartWithAWeakAdminPassword(CapturedOutput output) {
    SpringApplicationBuilder app =
        new SpringApplicationBuilder(Application.class)
            .profiles("test")
            .properties("server.port=0", "nq57.national.base-url=http://localhost:1/");
    // Arguments outrank the test profile's password, as an operator's override would.
    assertThatThrownBy(() -> app.run("--nq57.security.admin-password={noop}hunter2").close())
        .hasRootCauseInstanceOf(WeakPasswordException.class);
    assertThat(output)
        .contains("APPLICATION FAILED TO START", "nq57.security.admin-password is too weak")
        .contains("NQ57_SECURITY_ADMIN_PASSWORD")
        .doesNotContain("hunter2");
  }
}
