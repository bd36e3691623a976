package dev.leakproof.scanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.scanner.testing.SourceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --cache FILE}: the same report every time, and a bad cache is one stderr line. */
class CacheOptionTest {
  @TempDir Path dir;

  private String scan(String... extra) {
    Cli cli = new Cli(dir);
    String[] args = new String[extra.length + 4];
    args[0] = "scan";
    args[1] = "--format";
    args[2] = "sarif";
    System.arraycopy(extra, 0, args, 3, extra.length);
    args[args.length - 1] = "src";
    assertEquals(1, cli.run(args), cli::err);
    return cli.out() + "\n--- stderr\n" + cli.err();
  }

  @Test
  void aScanThroughTheCacheReportsWhatAScanWithoutItReports() throws Exception {
    SourceTree tree = new SourceTree(dir);
    tree.write("src/p/A.java", SourceTree.leaky("p", "A"));
    tree.write("src/p/B.java", SourceTree.leaky("p", "B"));
    String plain = scan();

    assertEquals(plain, scan("--cache", "build/leakproof.cache"));
    assertTrue(Files.size(dir.resolve("build/leakproof.cache")) > 0);
    assertEquals(plain, scan("--cache", "build/leakproof.cache"));

    tree.write("src/p/B.java", SourceTree.leaky("p", "B").replace("class B", "class B "));
    assertEquals(plain, scan("--cache", "build/leakproof.cache"));
  }

  @Test
  void aCorruptCacheIsIgnoredWithOneLineOnStandardError() throws Exception {
    SourceTree tree = new SourceTree(dir);
    tree.write("src/p/A.java", SourceTree.leaky("p", "A"));
    Cli cli = new Cli(dir);
    cli.run("scan", "src");
    String out = cli.out();
    String err = cli.err();
    Files.writeString(dir.resolve("leakproof.cache"), "garbage");

    cli.run("scan", "--cache", "leakproof.cache", "src");

    assertEquals(out, cli.out());
    String warning = cli.err().replace(err, "");
    assertTrue(warning.startsWith("leakproof: ignoring the scan cache "), cli.err());
    assertEquals(1, warning.lines().count(), cli.err());
  }
}
