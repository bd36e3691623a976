package dev.leakproof.checks.model.resource;

import dev.leakproof.checks.knowledge.ResourceApis;
import java.util.Collection;
import java.util.List;

/**
 * Which calls return a resource the caller owns, beyond the knowledge tables:
 *
 * <ul>
 *   <li>a method of the analysed code whose every exit hands out a resource it has just opened
 *       ({@code private InputStream open(File f) { return new FileInputStream(f); }}) is a
 *       factory, and its caller owns what it returns, exactly as with {@code
 *       Files.newInputStream}. Each engine reads the callee's returns and asks {@link
 *       #isFactory}.
 *   <li>a call into code whose body the engine cannot read (a library, a file of the project
 *       scanned without it, an interface method) and no table knows, named as creating
 *       something ({@code openFileEx}, {@code createInputStream}, {@code newReader}; {@link
 *       #namesAFactory}) and whose result is a JDK stream, channel, socket or JDBC object
 *       ({@link ResourceApis#isOwnedResultType}) acquires it ({@link #acquiresByConvention}).
 *       Getters ({@code socket.getInputStream()}, {@code part.getInputStream()}) do not: a
 *       getter's stream is as often a view of its receiver, owned and closed by it.
 * </ul>
 */
public final class ResourceFactories {
  private ResourceFactories() {}

  /** What one {@code return} of a method hands back, as the engine reads it. */
  public enum Returned {
    /**
     * A resource the method acquired on that path: an acquisition itself ({@code return new
     * FileInputStream(f);}), a wrapper around one, or a local every assignment of which is one
     * (or {@code null}).
     */
    FRESH_RESOURCE,
    /** {@code return null;}: nothing to close, the caller tests for it. */
    NULL,
    /**
     * Something no caller owns: one of the standard streams ({@link
     * ResourceApis#isStandardStream}, {@code System.out}), a wrapper built over one ({@code new
     * PrintStream(new KeepAliveOutputStream(System.out))}), or the result of a method of the
     * analysed code with only such returns, given such a stream ({@code wrap(System.out)}).
     */
    NOT_OWNED,
    /** Anything else: a field, a parameter, a value of unknown origin. */
    OTHER
  }

  /**
   * Whether a method with these returns is a factory: at least one return hands out a fresh
   * resource and every other returns {@code null}. A single return of something else (a cached
   * field, a parameter, a shared stream such as {@code System.out}) means the caller cannot tell
   * whether it owns the result, so the method is not one.
   */
  public static boolean isFactory(Collection<Returned> returns) {
    return returns.contains(Returned.FRESH_RESOURCE)
        && returns.stream().allMatch(r -> r == Returned.FRESH_RESOURCE || r == Returned.NULL);
  }

  /**
   * Whether a method with these returns hands out nothing its caller owns: at least one return
   * is {@link Returned#NOT_OWNED} and every other {@code null}. Its caller closing the result
   * ({@code out = wrapSystemOut(); … finally { close(out); }}) is then courtesy, not ownership,
   * and replacing it loses nothing (Ant's {@code SQLExec.execute}).
   */
  public static boolean returnsNothingOwned(Collection<Returned> returns) {
    return returns.contains(Returned.NOT_OWNED)
        && returns.stream().allMatch(r -> r == Returned.NOT_OWNED || r == Returned.NULL);
  }

  /**
   * What a wrapper built over {@code wrapped} ({@code new PrintStream(wrapped)}, its first
   * argument) hands back, when the tables do not say the constructor opens something of its own:
   * a wrapper of a stream nobody owns is one too; anything else the caller's knowledge decides.
   */
  public static Returned wrapperOf(Returned wrapped) {
    return wrapped == Returned.NOT_OWNED ? Returned.NOT_OWNED : Returned.OTHER;
  }

  /**
   * What a {@code ?:} hands back from its two branches: a fresh resource or {@code null} on each
   * ({@code url == null ? null : url.openStream()}), or a stream nobody owns or {@code null} on
   * each.
   */
  public static Returned either(Returned whenTrue, Returned whenFalse) {
    if (whenTrue == whenFalse) {
      return whenTrue;
    }
    if (whenTrue == Returned.NULL) {
      return whenFalse;
    }
    return whenFalse == Returned.NULL ? whenTrue : Returned.OTHER;
  }

  /**
   * Verbs that name a method creating what it returns. Read from the real-leak benchmark's
   * leaking files and nine libraries (bench/real-leaks/README.md): among locals of a JDK
   * resource type assigned from a call no table knows, {@code open…}, {@code create…} and
   * {@code new…} calls hand out a stream, socket or connection the caller closes ({@code
   * IO.openFileEx}, {@code createDocumentInputStream}, {@code newOutputStream}, {@code
   * createSocket}); {@code get…} calls are mostly views ({@code getInputStream} of a socket,
   * process or servlet request, {@code getChannel}, {@code getWriter}) and are left out, as are
   * rarer verbs ({@code to…}, {@code as…}) that convert a stream the caller already has.
   */
  private static final List<String> CREATING_VERBS = List.of("open", "create", "new");

  /**
   * Whether {@code methodName} says the method creates what it returns: a {@link
   * #CREATING_VERBS creating verb} alone or followed by a capitalised word ({@code open}, {@code
   * openStream}; not {@code opened}, {@code newline}).
   */
  public static boolean namesAFactory(String methodName) {
    for (String verb : CREATING_VERBS) {
      if (methodName.startsWith(verb) && (methodName.length() == verb.length()
          || Character.isUpperCase(methodName.charAt(verb.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a call the engine cannot read and no table knows acquires a resource: named as
   * creating something, with a result (the declared type of the call, or of the local it
   * initialises when the call's own cannot be resolved) that is a JDK resource type.
   */
  public static boolean acquiresByConvention(String methodName, String resultType) {
    return namesAFactory(methodName) && ResourceApis.isOwnedResultType(resultType);
  }
}
