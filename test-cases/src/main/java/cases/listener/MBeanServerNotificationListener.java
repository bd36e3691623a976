package cases.listener;

import java.lang.management.ManagementFactory;
import javax.management.Notification;
import javax.management.NotificationListener;
import javax.management.ObjectName;

/**
 * Flagged: the platform MBean server lives as long as the JVM; a notification listener added to
 * it per instance is never removed.
 */
class MBeanServerNotificationListener implements NotificationListener {
  private long notifications;

  void watch(ObjectName pool) throws Exception {
    ManagementFactory.getPlatformMBeanServer().addNotificationListener(pool, this, null, null); // expect: ListenerLeak "the shared instance ManagementFactory.getPlatformMBeanServer()"
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    notifications++;
  }
}
