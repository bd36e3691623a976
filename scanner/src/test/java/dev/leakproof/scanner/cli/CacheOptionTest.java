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
    String reuse = "leakproof: 2 of 2 files' results still hold in the scan cache "
        + dir.resolve("build/leakproof.cache") + "; analysing 0" + System.lineSeparator();
    assertEquals(withLine(plain, reuse), scan("--cache", "build/leakproof.cache"));

    tree.write("src/p/B.java", SourceTree.leaky("p", "B").replace("return s;", "return s; "));
    assertEquals(withLine(plain, reuse.replace("2 of 2", "1 of 2").replace("analysing 0",
        "analysing 1")), scan("--cache", "build/leakproof.cache"));
  }

  /** {@code output} with {@code line} first on standard error. */
  private static String withLine(String output, String line) {
    return output.replace("\n--- stderr\n", "\n--- stderr\n" + line);
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
