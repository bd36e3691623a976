package cases.threadlocal;

import java.util.ArrayList;
import java.util.List;

/**
 * Flagged at the setter's {@code set}: {@code setCurrentUser(null)} in the {@code finally} calls
 * the most specific overload that can take {@code null}, {@code setCurrentUser(Guest)}, which only
 * lists the guest; the setter is never given {@code null}, so each pooled thread keeps the last
 * user. In {@link ById} the other overload takes an {@code int}, which cannot be {@code null}:
 * there the {@code null} goes to the setter, which takes the value out.
 */
class SetterOverloadTakesTheNull {
  static class User {}

  static final class Guest extends User {}

  private static final ThreadLocal<User> CURRENT_USER = new ThreadLocal<User>();

  private final List<Guest> guests = new ArrayList<Guest>();

  protected final void setCurrentUser(User user) {
    CURRENT_USER.set(user); // expect: ThreadLocalNotRemoved
  }

  protected final void setCurrentUser(Guest guest) {
    guests.add(guest);
  }

  void serve(User user) {
    try {
      setCurrentUser(user);
    } finally {
      setCurrentUser(null);
    }
  }

  static final class ById {
    private static final ThreadLocal<User> CURRENT = new ThreadLocal<User>();

    private final List<User> users = new ArrayList<User>();

    void setCurrent(User user) {
      CURRENT.set(user);
    }

    void setCurrent(int id) {
      setCurrent(users.get(id));
    }

    void serve(int id) {
      try {
        setCurrent(id);
      } finally {
        setCurrent(null);
      }
    }
  }
}
