package org.h2.util;

import java.net.Socket;

/**
 * Stand-in for H2's {@code org.h2.util.Utils10} (H2 2.x), so that the corpus compiles without H2:
 * {@code setTcpQuickack} catches every {@code Throwable} and returns false, so it cannot throw.
 */
public final class Utils10 {
  private Utils10() {}

  public static boolean setTcpQuickack(Socket socket, boolean value) {
    try {
      socket.setTcpNoDelay(value);
      return true;
    } catch (Throwable t) {
      return false;
    }
  }
}
