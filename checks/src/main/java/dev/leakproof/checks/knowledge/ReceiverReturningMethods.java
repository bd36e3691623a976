package dev.leakproof.checks.knowledge;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Methods of resource types documented to return their receiver, for chaining ({@code
 * w.append(a).append(b)}): the call's result is the same object as the receiver, an alias, not a
 * new owner. A resource whose chain is dropped ({@code new PrintWriter(f).append("x").flush()}) or
 * kept in a local that is never closed still leaks; one whose chain is closed ({@code
 * w.append(x).close()}) or returned is closed or handed over.
 *
 * <p>Read from the JDK's sources (openjdk/jdk, {@code src/java.base/share/classes}):
 *
 * <ul>
 *   <li>{@code java.io.Writer.append(CharSequence)}, {@code append(char)}: "@return This writer",
 *       body {@code write(..); return this;}; {@code append(CharSequence, int, int)} returns {@code
 *       append(csq.subSequence(start, end))}. Every writer that does not override them ({@code
 *       FileWriter}, {@code BufferedWriter}, {@code OutputStreamWriter}) inherits them, so the
 *       engines ask with the declaring class.
 *   <li>{@code java.io.PrintWriter.append} (three overloads, "@return This writer", {@code return
 *       this;}), {@code format(String, Object...)}, {@code format(Locale, String, Object...)}
 *       ("@return This writer", {@code return this;}) and {@code printf} (both: {@code return
 *       format(..)}).
 *   <li>{@code java.io.PrintStream.append} (three overloads, "@return This output stream", {@code
 *       return this;}), {@code format} (both, {@code return this;}) and {@code printf} (both: {@code
 *       return format(..)}).
 *   <li>{@code java.io.CharArrayWriter.append} (three overloads, "@return This writer", {@code
 *       return this;}; in-memory, listed so its chains read like any writer's).
 *   <li>{@code java.util.Formatter.format} (both overloads): "@return This formatter".
 *   <li>JGit {@code org.eclipse.jgit.submodule.SubmoduleWalk.setFilter(TreeFilter)} and {@code
 *       setTree} (both overloads): "@return this generator", bodies {@code walk.setFilter(filter);
 *       return this;} / {@code walk.addTree(..); return this;} (SubmoduleWalk.java, 4.x to 6.x).
 * </ul>
 *
 * <p>A method of the analysed code counts too when its body can be read and every {@code return}
 * in it (and there is one) returns {@code this} ({@link #returnsReceiver(String, String, int,
 * int)}): JGit's {@code SubmoduleWalk.setFilter(TreeFilter)} is {@code walk.setFilter(filter);
 * return this;}, and {@code SubmoduleWalk.forIndex(repo).setFilter(filter).next()} leaked the walk.
 */
public final class ReceiverReturningMethods {

  private static final Set<String> APPEND = Set.of("append");
  private static final Set<String> PRINTING = Set.of("append", "format", "printf");

  private static final Map<String, Set<String>> RETURN_THEIR_RECEIVER =
      Map.of(
          "java.io.Writer", APPEND,
          "java.io.PrintWriter", PRINTING,
          "java.io.PrintStream", PRINTING,
          "java.io.CharArrayWriter", APPEND,
          "java.util.Formatter", Set.of("format"),
          "org.eclipse.jgit.submodule.SubmoduleWalk", Set.of("setFilter", "setTree"));

  private static final Set<String> NAMES =
      RETURN_THEIR_RECEIVER.values().stream().flatMap(Set::stream)
          .collect(Collectors.toUnmodifiableSet());

  private ReceiverReturningMethods() {}

  /**
   * Whether {@code declaringFqcn.methodName} (the class that declares the method, dotted or with
   * slashes) returns its receiver.
   */
  public static boolean returnsReceiver(String declaringFqcn, String methodName) {
    return RETURN_THEIR_RECEIVER.getOrDefault(declaringFqcn.replace('/', '.'), Set.of())
        .contains(methodName);
  }

  /**
   * Whether a method of the analysed code returns its receiver: its body has {@code returns}
   * {@code return} statements (those of lambdas and nested classes left out), {@code
   * returnsOfThis} of them {@code return this;}, and the tables say nothing against it.
   */
  public static boolean returnsReceiver(String declaringFqcn, String methodName, int returns,
      int returnsOfThis) {
    return returnsReceiver(declaringFqcn, methodName) || returns > 0 && returns == returnsOfThis;
  }

  /**
   * Whether some listed method has this name: a cheap filter before an engine resolves the call.
   */
  public static boolean mayReturnReceiver(String methodName) {
    return NAMES.contains(methodName);
  }
}
