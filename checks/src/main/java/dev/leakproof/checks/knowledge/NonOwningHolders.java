package dev.leakproof.checks.knowledge;

import java.util.Set;

/**
 * Library objects that keep a resource they are given without taking it over: the holder uses
 * it for as long as it lives, but its {@code close()} does not close it, so the resource stays
 * the caller's to close. Passing a resource to one of these calls is no hand-over, whatever the
 * callee's body says to an engine that reads it (it stores the argument in a field, which an
 * ownership summary takes for a keep). Each entry is read from the library's source:
 *
 * <ul>
 *   <li>JGit {@code org.eclipse.jgit.api.Git}: {@code public Git(Repository repo)} is {@code
 *       this(repo, false)}, {@code static Git wrap(Repository repo)} is {@code return new
 *       Git(repo)}, and {@code close()} is {@code if (closeRepo) repo.close();} (JGit 5.13 and
 *       6.x {@code Git.java}); only {@code Git.open(..)}, which builds the repository itself,
 *       passes {@code closeRepo = true} ("Closing this instance will close the repo", its
 *       Javadoc). The package-private {@code Git(Repository, boolean)} takes two arguments and is
 *       not listed.
 * </ul>
 *
 * <p>Matched by the holder's fully qualified class, the method ({@link #CONSTRUCTOR} for {@code
 * new}), its number of arguments and the argument's position, so an engine that cannot resolve
 * the parameter types (a source file scanned without its project's jars) can still ask.
 */
public final class NonOwningHolders {
  /** The method name engines pass for a constructor, as bytecode spells it. */
  public static final String CONSTRUCTOR = "<init>";

  private record Holder(String type, String method, int arguments, int argument) {}

  private static final Set<Holder> HOLDERS = Set.of(
      new Holder("org.eclipse.jgit.api.Git", CONSTRUCTOR, 1, 0),
      new Holder("org.eclipse.jgit.api.Git", "wrap", 1, 0));

  private static final Set<String> SIMPLE_NAMES = Set.of("Git");

  private NonOwningHolders() {}

  /**
   * Whether {@code type.method} called with {@code arguments} arguments keeps the one at {@code
   * argument} without owning it ({@code new Git(repository)}, {@code Git.wrap(repository)}).
   *
   * @param type the class declaring the method or constructor, dotted or internal form
   * @param method the method's name, or {@link #CONSTRUCTOR}
   */
  public static boolean keepsWithoutOwning(String type, String method, int arguments,
      int argument) {
    return type != null
        && HOLDERS.contains(new Holder(type.replace('/', '.'), method, arguments, argument));
  }

  /**
   * Whether a class of this simple name may be one of the holders: a cheap filter for a source
   * engine, before it resolves the class or reads the file's imports.
   */
  public static boolean mayBeHolder(String simpleName) {
    return SIMPLE_NAMES.contains(simpleName);
  }
}
