package dev.leakproof.checks.knowledge;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether closing the closeable a method of a resource returns closes the resource it was asked
 * of (its receiver). Without an answer an engine takes a closeable result of a call on the
 * resource for something tied to it: closing the result may close the resource, or the resource
 * may have to stay open for the result, so the resource is let go there (precision first). A
 * method listed here answers:
 *
 * <ul>
 *   <li>{@link Closing#CLOSES_RECEIVER}: the result is a view of the resource; closing either
 *       closes both (today's assumption, now written down).
 *   <li>{@link Closing#LEAVES_RECEIVER_OPEN}: the result is a resource of its own, which the
 *       caller closes; closing it leaves the receiver open, and the receiver need not stay open
 *       for it. The call only uses the receiver, which stays the caller's to close.
 * </ul>
 *
 * <p>Read from the sources:
 *
 * <ul>
 *   <li>{@code java.io.FileInputStream.getChannel()}, {@code FileOutputStream.getChannel()},
 *       {@code RandomAccessFile.getChannel()}: the channel is {@code FileChannelImpl.open(fd,
 *       path, .., this)}, the stream as its {@code parent}, and {@code
 *       FileChannelImpl.implCloseChannel} closes "the fd via the parent stream's close method"
 *       ({@code parent.close()}); the streams' {@code close()}: "If this stream has an associated
 *       channel then this method will close the channel" (openjdk/jdk, {@code java.base}, JDK 25).
 *   <li>{@code java.net.Socket.getInputStream()}, {@code getOutputStream()}: "Closing the returned
 *       InputStream will close the associated socket" (and OutputStream), {@code Socket.java}.
 *   <li>{@code java.nio.channels.SocketChannel.socket()}, {@code ServerSocketChannel.socket()},
 *       {@code DatagramChannel.socket()}: "Retrieves a socket associated with this channel"; the
 *       socket's {@code close()}: "If this socket has an associated channel then the channel is
 *       closed as well" ({@code Socket}, {@code ServerSocket}, {@code DatagramSocket} Javadoc),
 *       and closing the channel closes the one socket descriptor they share ({@code
 *       sun.nio.ch.SocketAdaptor.close()} is {@code sc.close()}, JDK 25).
 *   <li>JGit {@code org.eclipse.jgit.submodule.SubmoduleWalk.getRepository()}: {@code return
 *       getSubmoduleRepository(repository.getWorkTree(), path, repository.getFS(), getBuilder())},
 *       which builds a new {@code Repository} ({@code builder.setMustExist(true)...build()}) or
 *       returns null; the walk keeps no reference to it, and its {@code close()} is {@code
 *       walk.close()} (the tree walk over the index): the submodule's repository is the caller's
 *       to close, and closing it leaves the walk open (JGit 5.13.3 {@code SubmoduleWalk.java}
 *       230-270, 775-778, 834-836). JGit's own {@code CloneCommand.cloneSubmodules} closes each
 *       in {@code try (Repository subRepo = walk.getRepository())}, and never closes the walk.
 * </ul>
 *
 * <p>Matched by the class declaring the method (dotted or internal form) and the method's name;
 * every listed method takes no argument.
 */
public final class ClosingResults {
  /** What closing a listed method's result does to its receiver. */
  public enum Closing {
    /** Closing the result closes the receiver (a channel of its stream, a stream of its socket). */
    CLOSES_RECEIVER,
    /** The result is a resource of its own; the receiver stays open and the caller's to close. */
    LEAVES_RECEIVER_OPEN
  }

  private static final Map<String, Map<String, Closing>> METHODS = Map.of(
      "java.io.FileInputStream", Map.of("getChannel", Closing.CLOSES_RECEIVER),
      "java.io.FileOutputStream", Map.of("getChannel", Closing.CLOSES_RECEIVER),
      "java.io.RandomAccessFile", Map.of("getChannel", Closing.CLOSES_RECEIVER),
      "java.net.Socket", Map.of("getInputStream", Closing.CLOSES_RECEIVER,
          "getOutputStream", Closing.CLOSES_RECEIVER),
      "java.nio.channels.SocketChannel", Map.of("socket", Closing.CLOSES_RECEIVER),
      "java.nio.channels.ServerSocketChannel", Map.of("socket", Closing.CLOSES_RECEIVER),
      "java.nio.channels.DatagramChannel", Map.of("socket", Closing.CLOSES_RECEIVER),
      "org.eclipse.jgit.submodule.SubmoduleWalk",
          Map.of("getRepository", Closing.LEAVES_RECEIVER_OPEN));

  private static final Set<String> NAMES = METHODS.values().stream()
      .flatMap(methods -> methods.keySet().stream()).collect(Collectors.toUnmodifiableSet());

  private static final Set<String> LEAVING_OPEN_NAMES = METHODS.values().stream()
      .flatMap(methods -> methods.entrySet().stream())
      .filter(e -> e.getValue() == Closing.LEAVES_RECEIVER_OPEN).map(Map.Entry::getKey)
      .collect(Collectors.toUnmodifiableSet());

  private static final Set<String> CLOSING_NAMES = METHODS.values().stream()
      .flatMap(methods -> methods.entrySet().stream())
      .filter(e -> e.getValue() == Closing.CLOSES_RECEIVER).map(Map.Entry::getKey)
      .collect(Collectors.toUnmodifiableSet());

  private ClosingResults() {}

  /**
   * What closing the result of {@code declaringFqcn.methodName()} does to the receiver; null when
   * the table does not know the method (then an engine keeps its assumption: tied to it).
   */
  public static Closing closingResult(String declaringFqcn, String methodName) {
    if (declaringFqcn == null) {
      return null;
    }
    return METHODS.getOrDefault(declaringFqcn.replace('/', '.'), Map.of()).get(methodName);
  }

  /**
   * Whether the result of {@code declaringFqcn.methodName()} is a resource of its own, whose
   * closing leaves the receiver open: the call only uses the receiver.
   */
  public static boolean leavesReceiverOpen(String declaringFqcn, String methodName) {
    return closingResult(declaringFqcn, methodName) == Closing.LEAVES_RECEIVER_OPEN;
  }

  /**
   * Whether the result of {@code declaringFqcn.methodName()} is a view whose closing closes the
   * receiver: the resource, carried on ({@code new FileInputStream(f).getChannel()} is the
   * stream, still to close).
   */
  public static boolean closesReceiver(String declaringFqcn, String methodName) {
    return closingResult(declaringFqcn, methodName) == Closing.CLOSES_RECEIVER;
  }

  /** Whether some method answering {@link Closing#CLOSES_RECEIVER} has this name. */
  public static boolean mayCloseReceiver(String methodName) {
    return CLOSING_NAMES.contains(methodName);
  }

  /** Whether some listed method has this name: a cheap filter before an engine resolves a call. */
  public static boolean mayBeListed(String methodName) {
    return NAMES.contains(methodName);
  }

  /** Whether some method answering {@link Closing#LEAVES_RECEIVER_OPEN} has this name. */
  public static boolean mayLeaveReceiverOpen(String methodName) {
    return LEAVING_OPEN_NAMES.contains(methodName);
  }
}
