package vn.nq57.sync.alerting;

import vn.nq57.sync.alerting.AlertRepository.Channel;

/** A way to reach the people who must act. Sending throws when the message did not go out. */
interface AlertChannel {

  Channel channel();

  boolean enabled();

  void send(AlertMessage message);
}
