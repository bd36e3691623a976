package cases.concat;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Reported, beside {@code MessageBuiltInACatchBlock}: a string built in a {@code catch} is
 * silent only when every loop that carries it is inside that {@code catch}. A retry loop around
 * the {@code catch} carries the message from one failed attempt to the next, so it grows with
 * the attempts; a {@code finally} block and a {@code try} body run on the normal path; and a
 * lambda created in a {@code catch} runs when it is called, not when the {@code catch} does.
 */
class MessageBuiltAroundACatchBlock {
  String firstThatAnswers(List<Callable<String>> hosts) {
    String failures = "";
    for (Callable<String> host : hosts) {
      try {
        return host.call();
      } catch (Exception e) {
        failures += e.getMessage() + "; "; // expect: StringConcatInLoop
      }
    }
    throw new IllegalStateException(failures);
  }

  String closeAll(List<Closeable> items) throws IOException {
    String report = "";
    try {
      items.get(0).close();
    } finally {
      for (Closeable item : items) {
        report += item; // expect: StringConcatInLoop
      }
    }
    return report;
  }

  String readAll(List<String> names) {
    String text = "";
    try {
      for (String name : names) {
        text += name.trim(); // expect: StringConcatInLoop
      }
    } catch (RuntimeException e) {
      return "";
    }
    return text;
  }

  Supplier<String> describeLater(List<String> names) {
    try {
      return () -> names.get(0);
    } catch (IndexOutOfBoundsException e) {
      return () -> {
        String all = "";
        for (String name : names) {
          all += name; // expect: StringConcatInLoop
        }
        return all;
      };
    }
  }
}
