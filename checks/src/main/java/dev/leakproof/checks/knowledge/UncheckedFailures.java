package dev.leakproof.checks.knowledge;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Unchecked exceptions that are a library's ordinary failure signal, not a programming error.
 * UnclosedResource reports "closed, but not if {@code x()} throws" only when {@code x()} may be
 * expected to throw; a throws clause naming a checked exception says so, and so does a call into a
 * library that reports every ordinary failure (a broken file, a lost connection, a constraint
 * violation) by an unchecked exception and declares none. Each entry cites the library's own
 * words.
 *
 * <p>Names are fully qualified binary names; dotted and internal ({@code org/h2/Foo}) forms are
 * both accepted.
 */
public final class UncheckedFailures {

  /**
   * Unchecked exception roots, with a subclass counting as its root, that a library throws for
   * ordinary failures:
   *
   * <ul>
   *   <li>{@code java.io.UncheckedIOException}: "Wraps an {@code IOException} with an unchecked
   *       exception" (JDK 8 javadoc); what {@code BufferedReader.lines()} and {@code Files.lines}
   *       throw when reading fails.
   *   <li>H2 {@code org.h2.message.DbException}: "This exception wraps a checked exception. It is
   *       used in methods where checked exceptions are not supported"; H2's engine, result and
   *       command classes raise every SQL error through it ({@code DbException.get(ErrorCode..)}).
   *   <li>Apache POI {@code org.apache.poi.util.RecordFormatException}: "Used by records to
   *       indicate invalid format/data", thrown by the binary format parsers (HSSF, HWPF, DDF) on
   *       a damaged file; {@code org.apache.poi.ooxml.POIXMLException} (older {@code
   *       org.apache.poi.POIXMLException}), the OOXML side's "Indicates a generic OOXML error".
   *   <li>Spring {@code org.springframework.dao.DataAccessException}: "Root of the hierarchy of
   *       data access exceptions ... As this class is a runtime exception, there is no need for
   *       user code to catch it"; what {@code JdbcTemplate} and Spring's ORM support throw.
   *   <li>Hibernate {@code org.hibernate.HibernateException}: the root of Hibernate's exceptions,
   *       unchecked since Hibernate 3 ("Any exception that occurs inside the persistence layer or
   *       JDBC driver"); JPA's {@code javax.persistence.PersistenceException} and its Jakarta
   *       twin: "Thrown by the persistence provider when a problem occurs".
   *   <li>Jedis {@code redis.clients.jedis.exceptions.JedisException}: "Umbrella exception class
   *       for all exceptions in Jedis library", a {@code RuntimeException}; {@code
   *       Protocol.processError} turns every error reply into a {@code JedisDataException} and
   *       the connection wraps every {@code IOException} in a {@code JedisConnectionException}
   *       (2.x-5.x {@code Protocol.java}, {@code Connection.java}).
   * </ul>
   */
  private static final Set<String> ORDINARY_FAILURES =
      Set.of(
          "java.io.UncheckedIOException",
          "org.h2.message.DbException",
          "org.apache.poi.util.RecordFormatException",
          "org.apache.poi.ooxml.POIXMLException",
          "org.apache.poi.POIXMLException",
          "org.springframework.dao.DataAccessException",
          "org.hibernate.HibernateException",
          "javax.persistence.PersistenceException",
          "jakarta.persistence.PersistenceException",
          "redis.clients.jedis.exceptions.JedisException");

  /**
   * Packages (with their subpackages) whose methods report ordinary failures by one of {@link
   * #ORDINARY_FAILURES} without naming it in a throws clause, so a call into them may fail as
   * surely as one declaring {@code IOException}. Only libraries whose whole API works this way:
   * H2 (the engine's methods declare nothing; {@code DbException} carries every error), POI's
   * parsers ({@code RecordFormatException} on a damaged record, from {@code getText()}, {@code
   * getRoot()} and the record readers alike), Spring's JDBC and ORM templates, Hibernate, JPA
   * and Jedis (no command method declares an exception; a reply read fails with {@code
   * JedisDataException}, a lost connection with {@code JedisConnectionException}).
   */
  private static final Map<String, String> PACKAGES_FAILING_UNCHECKED =
      Map.of(
          "org.h2.", "org.h2.message.DbException",
          "org.apache.poi.", "org.apache.poi.util.RecordFormatException",
          "org.springframework.jdbc.", "org.springframework.dao.DataAccessException",
          "org.springframework.orm.", "org.springframework.dao.DataAccessException",
          "org.hibernate.", "org.hibernate.HibernateException",
          "javax.persistence.", "javax.persistence.PersistenceException",
          "jakarta.persistence.", "jakarta.persistence.PersistenceException",
          "redis.clients.jedis.", "redis.clients.jedis.exceptions.JedisException");

  /** Where the JDK's own unchecked exceptions live: in a throws clause they document misuse. */
  private static final Set<String> PLATFORM_PACKAGES = Set.of("java.", "javax.", "jdk.", "sun.");

  private UncheckedFailures() {}

  /**
   * Whether an unchecked exception type (given with all its supertypes, as far as the engine
   * knows them) is some library's ordinary failure signal.
   */
  public static boolean isOrdinaryFailure(String qualifiedName, Collection<String> supertypes) {
    if (ORDINARY_FAILURES.contains(dotted(qualifiedName))) {
      return true;
    }
    for (String supertype : supertypes) {
      if (ORDINARY_FAILURES.contains(dotted(supertype))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an unchecked exception named in a throws clause tells callers to expect it: one of
   * {@link #isOrdinaryFailure the ordinary failures}, or a library's or project's own exception
   * (its author took the trouble to declare it). The JDK's declared unchecked exceptions ({@code
   * Integer.parseInt}'s {@code NumberFormatException}) document misuse and do not count.
   */
  public static boolean isExpectedWhenDeclared(String qualifiedName,
      Collection<String> supertypes) {
    String name = dotted(qualifiedName);
    return isOrdinaryFailure(name, supertypes)
        || PLATFORM_PACKAGES.stream().noneMatch(name::startsWith);
  }

  /**
   * Whether a method declared in (or called on) {@code declaringClass} belongs to a library that
   * reports ordinary failures by an unchecked exception it does not declare: H2, POI, Spring JDBC,
   * Hibernate, JPA, Jedis.
   */
  public static boolean failsUnchecked(String declaringClass) {
    String name = dotted(declaringClass);
    return PACKAGES_FAILING_UNCHECKED.keySet().stream().anyMatch(name::startsWith);
  }

  private static String dotted(String name) {
    return name.replace('/', '.');
  }
}
