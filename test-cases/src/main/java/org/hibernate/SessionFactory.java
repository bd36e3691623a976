package org.hibernate;

/** Stand-in for Hibernate's {@code SessionFactory}: {@code openSession()} opens one to close. */
public interface SessionFactory {
  Session openSession();
}
