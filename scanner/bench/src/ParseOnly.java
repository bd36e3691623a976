import com.github.javaparser.JavaParser;
import dev.leakproof.scanner.engine.Scanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * JavaParser parsing every .java file under a folder with the scanner's own parser settings and
 * nothing else, on one thread per processor: the floor a JavaParser-based scanner cannot beat
 * without parsing less. Run as a cold process by cold.sh.
 */
public final class ParseOnly {
  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    System.out.println(parse(files));
  }

  /** Parses {@code files}; says how many there were and how many did not parse. */
  static String parse(List<Path> files) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    Runnable work = () -> {
      JavaParser parser = new JavaParser(Scanner.parserConfiguration());
      for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
        try {
          if (!parser.parse(Files.readString(files.get(i))).isSuccessful()) {
            failed.incrementAndGet();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < Runtime.getRuntime().availableProcessors(); t++) {
      Thread thread = new Thread(null, work, "parse-" + t, 32L * 1024 * 1024);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return files.size() + " files parsed, " + failed.get() + " with syntax errors";
  }
}
