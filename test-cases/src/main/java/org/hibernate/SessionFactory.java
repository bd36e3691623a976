package org.hibernate;

/**
 * Stand-in for Hibernate's {@code SessionFactory}: {@code openSession()} opens one to close;
 * {@code getCurrentSession()} returns the session bound to the current context, which the
 * context closes.
 */
public interface SessionFactory {
  Session openSession();

  Session getCurrentSession();
}
