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
 *   <li>JGit {@code org.eclipse.jgit.revwalk.RevWalk(ObjectReader or)}: {@code this(or, false)},
 *       the private constructor stores {@code reader = or; this.closeReader = closeReader;}, and
 *       {@code close()} is {@code if (closeReader) reader.close();}; its Javadoc: "The reader is
 *       not closed when the walker is closed" (JGit 5.13.3 {@code RevWalk.java} 205-229, 267-272).
 *       Only {@code RevWalk(Repository)}, which opens the reader itself ({@code
 *       this(repo.newObjectReader(), true)}), owns it. {@code dispose()} does close the reader,
 *       but a walk closed by {@code close()} (try-with-resources) leaves it open.
 *   <li>JGit {@code org.eclipse.jgit.revwalk.ObjectWalk(ObjectReader or)}: {@code super(or)}, so
 *       {@code RevWalk(ObjectReader)}'s; its Javadoc: "The reader should be released by the
 *       caller when the walker is no longer required" ({@code ObjectWalk.java} 145-160, 5.13.3;
 *       the same in JGit 4.x). JGit 5.13's own {@code ObjectWalk(Repository)} is {@code
 *       this(repo.newObjectReader())}, and so leaks the reader it opens.
 *   <li>JGit {@code org.eclipse.jgit.treewalk.TreeWalk(ObjectReader or)} ({@code this(null, or,
 *       false)}) and {@code TreeWalk(Repository repo, ObjectReader or)} ({@code this(repo, or,
 *       false)}, the reader second): "The reader is not closed when the walker is closed";
 *       {@code close()} is {@code if (closeReader) reader.close();} ({@code TreeWalk.java}
 *       296-387, 5.13.3). The walks over a repository keep no reference to it that {@code close()}
 *       would close either, so the one-argument rows hold whichever of the two is given, and
 *       {@code TreeWalk(Repository, ObjectReader)} borrows its first argument too. Subclasses ({@code NameConflictTreeWalk}, {@code PlotWalk}) are not
 *       listed: their constructors are other methods.
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
      new Holder("org.eclipse.jgit.api.Git", "wrap", 1, 0),
      new Holder("org.eclipse.jgit.revwalk.RevWalk", CONSTRUCTOR, 1, 0),
      new Holder("org.eclipse.jgit.revwalk.ObjectWalk", CONSTRUCTOR, 1, 0),
      new Holder("org.eclipse.jgit.treewalk.TreeWalk", CONSTRUCTOR, 1, 0),
      new Holder("org.eclipse.jgit.treewalk.TreeWalk", CONSTRUCTOR, 2, 0),
      new Holder("org.eclipse.jgit.treewalk.TreeWalk", CONSTRUCTOR, 2, 1));

  private static final Set<String> SIMPLE_NAMES = Set.of("Git", "RevWalk", "ObjectWalk",
      "TreeWalk");

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
