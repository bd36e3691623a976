package dev.leakproof.checks.knowledge;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which calls on a resource release it. {@code close()} does, on every type; some types are
 * released by a method of another name as well ({@code revWalk.dispose()}, {@code
 * temporaryBuffer.destroy()}, {@code deflater.end()}), and that name means nothing on any other
 * type: a {@code dispose()} on a project's own class is not a release of whatever it holds.
 *
 * <p>Engines ask {@link #releasesReceiver} with the receiver's static type and, when they know
 * them, its supertypes: javac's type and its closure (Error Prone), the invoked method's owner
 * class and its superclasses and interfaces (SpotBugs), the declared type as the file's imports
 * name it (the scanner, which needs no class path: each library subtype a user names is listed
 * as a type of its own). {@link #mayReleaseReceiver} is the cheap name filter to ask first.
 *
 * <p>Type names are canonical or binary, dotted or internal: {@code
 * org.eclipse.jgit.util.TemporaryBuffer.LocalFile}, {@code org/eclipse/jgit/util/TemporaryBuffer$LocalFile}.
 */
public final class ReleaseMethods {
  private ReleaseMethods() {}

  /**
   * The methods that release a type's instances, and whether its subtypes inherit them.
   *
   * @param subtypesInherit whether a subclass's (or implementation's) call of the method releases
   *     too; false when a subclass might give the name another meaning
   */
  private record Release(boolean subtypesInherit, Set<String> methods) {}

  /**
   * Read from each library's sources and javadoc; only no-argument methods are listed.
   *
   * <ul>
   *   <li>JGit {@code RevWalk.dispose()}: "Dispose all internal state and invalidate all RevObject
   *       instances", and its body starts with {@code reader.close()}, closing the reader a
   *       {@code RevWalk(Repository)} opened (5.13). Subclasses ({@code ObjectWalk}, {@code
   *       PlotWalk}) call {@code super.dispose()}. JGit before 4.0 had no {@code close()}: {@code
   *       release()}, "Release any resources used by this walker's reader", was the release, on
   *       {@code RevWalk} and {@code TreeWalk} alike.
   *   <li>JGit {@code TemporaryBuffer.destroy()}: "Clear this buffer so it has no data, and cannot
   *       be used again"; it closes the overflow file stream, and {@code LocalFile.destroy()}
   *       deletes the file too. {@code close()} only ends the writing: the file stays until
   *       {@code destroy()}.
   *   <li>{@code java.util.zip.Deflater.end()}, {@code Inflater.end()}: "Closes the compressor
   *       and discards any unprocessed input. This method should be called when the compressor
   *       is no longer being used" (native zlib memory; {@code AutoCloseable} since JDK 25,
   *       whose {@code close()} calls {@code end()}).
   *   <li>{@code java.lang.Process.destroy()}, {@code destroyForcibly()}: "Kills the process";
   *       the JDK's {@code ProcessImpl} closes the process's three pipes as it does.
   *   <li>{@code java.util.concurrent.ExecutorService.shutdown()}, {@code shutdownNow()}: "Initiates
   *       an orderly shutdown in which previously submitted tasks are executed, but no new tasks
   *       will be accepted"; the pool's threads end once the tasks are done. JDK 19's {@code
   *       close()} is {@code shutdown()} followed by waiting for the tasks.
   *   <li>{@code java.util.Timer.cancel()}: "Terminates this timer, discarding any currently
   *       scheduled tasks … Once a timer has been terminated, its execution thread terminates
   *       gracefully".
   * </ul>
   */
  private static final Map<String, Release> RELEASES_BY_TYPE = Map.ofEntries(
      Map.entry("org.eclipse.jgit.revwalk.RevWalk", new Release(true, Set.of("dispose", "release"))),
      Map.entry("org.eclipse.jgit.revwalk.ObjectWalk",
          new Release(true, Set.of("dispose", "release"))),
      Map.entry("org.eclipse.jgit.treewalk.TreeWalk", new Release(true, Set.of("release"))),
      Map.entry("org.eclipse.jgit.util.TemporaryBuffer", new Release(true, Set.of("destroy"))),
      Map.entry("org.eclipse.jgit.util.TemporaryBuffer.LocalFile",
          new Release(true, Set.of("destroy"))),
      Map.entry("org.eclipse.jgit.util.TemporaryBuffer.Heap", new Release(true, Set.of("destroy"))),
      Map.entry("java.util.zip.Deflater", new Release(true, Set.of("end"))),
      Map.entry("java.util.zip.Inflater", new Release(true, Set.of("end"))),
      Map.entry("java.lang.Process", new Release(true, Set.of("destroy", "destroyForcibly"))),
      Map.entry("java.util.concurrent.ExecutorService",
          new Release(true, Set.of("shutdown", "shutdownNow"))),
      // Listed too for an engine that sees no supertypes (the scanner without the JDK's
      // hierarchy): the result type of Executors.newScheduledThreadPool.
      Map.entry("java.util.concurrent.ScheduledExecutorService",
          new Release(true, Set.of("shutdown", "shutdownNow"))),
      Map.entry("java.util.Timer", new Release(true, Set.of("cancel"))));

  private static final Set<String> RELEASE_METHOD_NAMES =
      RELEASES_BY_TYPE.values().stream()
          .flatMap(r -> r.methods().stream())
          .collect(Collectors.toUnmodifiableSet());

  /**
   * Whether a no-argument call named {@code methodName} may release its receiver for some type:
   * {@code close}, or a name of the table. A cheap filter before an engine works out the
   * receiver's type.
   */
  public static boolean mayReleaseReceiver(String methodName) {
    return ResourceApis.isCloseMethod(methodName) || RELEASE_METHOD_NAMES.contains(methodName);
  }

  /**
   * Whether {@code receiver.methodName()} releases the receiver: {@code close()} on any type, or
   * a method the table lists for {@code receiverType} itself or, when the entry says subtypes
   * inherit it, for one of {@code supertypes}.
   *
   * @param receiverType the receiver's static type, or null when the engine cannot tell
   * @param supertypes the receiver type's supertypes, as far as the engine knows them (may be
   *     empty)
   */
  public static boolean releasesReceiver(String receiverType, Iterable<String> supertypes,
      String methodName) {
    if (ResourceApis.isCloseMethod(methodName)) {
      return true;
    }
    if (!RELEASE_METHOD_NAMES.contains(methodName) || receiverType == null) {
      return false;
    }
    Release own = release(receiverType);
    if (own != null && own.methods().contains(methodName)) {
      return true;
    }
    for (String supertype : supertypes) {
      Release inherited = release(supertype);
      if (inherited != null && inherited.subtypesInherit()
          && inherited.methods().contains(methodName)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a call {@code receiver.methodName(..)} with {@code arguments} arguments releases its
   * receiver, decided once for every engine: {@code close(..)} on anything; else a release method
   * of the table, called without arguments, on a type that lists it ({@link
   * #releasesReceiver(String, Iterable, String)}). The engine gives only the receiver's type.
   *
   * @param receiverType the receiver's static type however the engine spells it, or null when it
   *     cannot tell
   * @param supertypes its supertypes as far as the engine knows them; iterated only when the
   *     receiver's own type does not list the method, so an engine may load them lazily
   */
  public static boolean releasesReceiver(String methodName, int arguments, String receiverType,
      Iterable<String> supertypes) {
    return ResourceApis.isCloseMethod(methodName)
        || arguments == 0 && releasesReceiver(receiverType, supertypes, methodName);
  }

  /** {@link #releasesReceiver} for an engine that knows the receiver's type but not its supertypes. */
  public static boolean releasesReceiver(String receiverType, String methodName) {
    return releasesReceiver(receiverType, Set.of(), methodName);
  }

  /**
   * The simple names of the types the table lists with the release method {@code methodName}
   * ({@code Deflater}, {@code Inflater} for {@code end}): a source engine that knows a type by how
   * a file spells it needs one of them in the file. Empty for {@code close} and unknown names.
   */
  public static Set<String> typeSimpleNamesReleasedBy(String methodName) {
    return RELEASES_BY_TYPE.entrySet().stream()
        .filter(e -> e.getValue().methods().contains(methodName))
        .map(e -> e.getKey().substring(e.getKey().lastIndexOf('.') + 1))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Whether the table lists {@code type}: lets a source engine resolve only the names it needs. */
  public static boolean knowsType(String type) {
    return release(type) != null;
  }

  private static Release release(String type) {
    String canonical = type.replace('/', '.').replace('$', '.');
    return RELEASES_BY_TYPE.get(canonical);
  }
}
