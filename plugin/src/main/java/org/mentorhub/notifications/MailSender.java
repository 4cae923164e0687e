package org.mentorhub.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends one email over SMTP with Jakarta Mail (the implementation Payara Micro ships): plain text
 * and HTML as {@code multipart/alternative}, with {@code List-Unsubscribe} headers (RFC 2369 and
 * the one-click POST of RFC 8058) when an unsubscribe link exists.
 */
@ApplicationScoped
public class MailSender {

  @Inject NotificationsConfig config;

  private volatile Session session;

  public void send(String to, RenderedEmail email, String unsubscribeUrl)
      throws MessagingException {
    MimeMessage message = new MimeMessage(session());
    message.setFrom(new InternetAddress(config.mailFrom()));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
    message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    if (unsubscribeUrl != null) {
      message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    MimeBodyPart text = new MimeBodyPart();
    text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    message.saveChanges();
    if (config.mailUsername().isPresent()) {
      Transport.send(message, config.mailUsername().get(), config.mailPassword().orElse(""));
    } else {
      Transport.send(message);
    }
  }

  private Session session() {
    Session s = session;
    if (s == null) {
      Properties props = new Properties();
      props.put("mail.transport.protocol", "smtp");
      props.put("mail.smtp.host", config.mailHost().orElseThrow());
      props.put("mail.smtp.port", String.valueOf(config.mailPort()));
      props.put("mail.smtp.auth", String.valueOf(config.mailUsername().isPresent()));
      props.put("mail.smtp.starttls.enable", String.valueOf(config.mailStarttls()));
      props.put("mail.smtp.connectiontimeout", String.valueOf(config.connectTimeout().toMillis()));
      props.put("mail.smtp.timeout", String.valueOf(config.readTimeout().toMillis()));
      props.put("mail.smtp.writetimeout", String.valueOf(config.readTimeout().toMillis()));
      s = Session.getInstance(props);
      session = s;
    }
    return s;
  }
}
