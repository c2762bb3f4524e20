package vn.nq57.sync.alerting;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.nq57.sync.alerting.AlertRepository.Channel;

/**
 * Alert e-mails through the SMTP server of {@code spring.mail.*}, to {@code nq57.alerts.mail.to}.
 */
@Component
class MailChannel implements AlertChannel {

  private final AlertProperties.Mail mail;
  private final ObjectProvider<JavaMailSender> sender;

  MailChannel(AlertProperties properties, ObjectProvider<JavaMailSender> sender) {
    this.mail = properties.mail();
    this.sender = sender;
    if (mail.enabled() && sender.getIfAvailable() == null) {
      throw new IllegalStateException(
          "nq57.alerts.mail.to is set but no mail server is: set spring.mail.host (and"
              + " spring.mail.port, spring.mail.username, SPRING_MAIL_PASSWORD) or remove"
              + " nq57.alerts.mail.to");
    }
  }

  @Override
  public Channel channel() {
    return Channel.MAIL;
  }

  @Override
  public boolean enabled() {
    return mail.enabled();
  }

  @Override
  public void send(AlertMessage message) {
    SimpleMailMessage email = new SimpleMailMessage();
    email.setFrom(mail.from());
    email.setTo(mail.to().toArray(String[]::new));
    email.setSubject(message.subjectLine());
    email.setText(message.text());
    sender.getObject().send(email);
  }
}
