package dev.leakproof.scanner;

import dev.leakproof.checks.catalog.BuildInfo;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a scan in a second JVM started with the options a short batch job needs, since {@code
 * java -jar} cannot carry JVM options. A cold scan is mostly warm-up: measured over 1.4 M lines
 * (scanner/bench/cold.sh), the default JIT's optimising compiler and G1's concurrent work took
 * about as much CPU time as the scan itself. So the scan runs with the quick (C1) compiler only
 * and the parallel collector (promoting what survives two young collections), compiling even
 * JavaParser's huge lexer method and compiling sooner than by default, a code cache large
 * enough that compiling does not force a full collection, a 1 GiB initial heap where the
 * default maximum is large and the user set no heap size, plus a class-data-sharing
 * archive (Java 19+) that the JVM keeps in the user's cache folder and that saves most of the
 * class loading from the second run on.
 *
 * <p>Only when nothing could be lost: the command is {@code scan}, the JVM was started without
 * options of its own besides heap, stack, logging and system properties (an agent or a user's tuning is
 * kept by not relaunching), no {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS} would be
 * applied twice, the code runs from a jar, and {@code LEAKPROOF_JVM=as-is} is not set. When the
 * second JVM cannot be started, the scan runs in this one: the result is the same either way.
 */
final class TunedJvm {
  /** Set in the second JVM, so that it never starts a third. */
  static final String RELAUNCHED = "leakproof.relaunched";

  private TunedJvm() {}

  /** The exit status of the scan run in a tuned JVM, or empty to run it in this one. */
  static Optional<Integer> relaunch(String[] args) {
    Optional<Path> jar = jar();
    Optional<Path> cacheFolder = cacheFolder();
    Optional<Path> archive = cacheFolder.flatMap(folder -> jar.flatMap(
        j -> archiveFile(folder, j)));
    Optional<List<String>> command = command(args, System.getenv(),
        ManagementFactory.getRuntimeMXBean().getInputArguments(), jar, javaExecutable(),
        Runtime.version().feature(), archive, Runtime.getRuntime().maxMemory());
    if (command.isEmpty()) {
      return Optional.empty();
    }
    if (command.get().contains(AUTO_CREATE_ARCHIVE)) {
      SharedArchives.markUsedAndPrune(cacheFolder.get(), archive.get());
    }
    Process child;
    try {
      child = new ProcessBuilder(command.get()).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    // A parent stopped by a signal (not Ctrl-C, which reaches both) takes its scan with it.
    Thread stop = new Thread(child::destroy, "leakproof-stop-scan");
    Runtime.getRuntime().addShutdownHook(stop);
    while (true) {
      try {
        int status = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        return Optional.of(status);
      } catch (InterruptedException e) {
        // keep waiting: the child decides when the scan ends
      }
    }
  }

  /**
   * The second JVM's command line, or empty when the scan should run here (see the class
   * comment for when).
   */
  static Optional<List<String>> command(String[] args, Map<String, String> environment,
      List<String> jvmArguments, Optional<Path> jar, Optional<String> java, int javaFeature,
      Optional<Path> archive, long defaultMaxHeap) {
    if (args.length == 0 || !args[0].equals("scan") || System.getProperty(RELAUNCHED) != null
        || "as-is".equals(environment.get("LEAKPROOF_JVM"))
        || environment.containsKey("JAVA_TOOL_OPTIONS")
        || environment.containsKey("JDK_JAVA_OPTIONS")
        || jar.isEmpty() || java.isEmpty()
        || !jvmArguments.stream().allMatch(TunedJvm::isKeptOption)) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java.get());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseParallelGC");
    // JavaParser's lexer, GeneratedJavaParserTokenManager.jjMoveNfa_0, is 8,245 bytes of
    // bytecode, above the 8,000 that HotSpot compiles by default: it ran interpreted and was
    // 14% of a cold scan's samples. Compiled, the scan takes about 15% less CPU (bench/README).
    command.add("-XX:-DontCompileHugeMethods");
    // With C1 only the code cache is 48 MB, and the parallel collector answers compiled code of
    // 15% of it since the last unloading with a full collection ("CodeCache GC Threshold"),
    // once in every cold scan of the nine bench libraries (scanner/bench/README.md). 240 MB is
    // the JDK's own size with both compilers; it is reserved address space, used as compiled.
    command.add(CODE_CACHE);
    // A scan's objects live for one file (its tree, its analysis) or for a source root (the
    // solvers' trees and caches). The parallel collector's adaptive tenuring starts at seven
    // copies between survivor spaces before an object is promoted, so the roots' objects were
    // copied again at every young collection; one copy is enough to let a file's objects die
    // young, and the roots' are promoted at their second collection: about a quarter less
    // collector CPU and pause time, the same heap (scanner/bench/README.md, stop 36).
    command.add(TENURING);
    // A re-scan with a few files to analyse is over before C1 has compiled much of what it
    // runs: a fifth of the default thresholds compiles sooner. Measured on the touched re-scans
    // of rescan.sh's five files, alternating, on the loaded 2-core machine: 2-8% less wall time
    // in each of four runs, 8% on the lead's quieter one (0.365 against 0.398 s), 1-15% more
    // CPU time (the compiler's, on the other core); cold scans within the noise (scanner/bench/
    // README.md, stop 37).
    command.add(COMPILE_SOONER);
    // No transparent huge pages (-XX:+UseTransparentHugePages), though they once saved about
    // 15% of a cold scan's CPU where Linux gives them on request: on the same machine later, with
    // 17 of 23 GB free, each scan of the nine bench libraries spent 25-28 s of system CPU with
    // them against 3 s without, twice the wall time (scanner/bench/README.md). A default that
    // can double a scan is not worth a 15% gain; a user can still pass the option to java.
    if (defaultMaxHeap >= LARGE_DEFAULT_HEAP
        && jvmArguments.stream().noneMatch(o -> o.startsWith("-Xmx") || o.startsWith("-Xms"))) {
      // The default initial heap is 1/64 of the memory, so a scan began with a young generation
      // of 100-130 MB and collected it again and again while the heap grew, each time copying
      // the solvers' cached trees: with 1 GiB from the start, three young collections of eight
      // fewer on guava and h2 (scanner/bench/README.md, jvm-flags.sh). Only where the default
      // maximum is large (a machine of 16 GB or more), and never with the user's own heap
      // sizes (an initial heap above their maximum would not start).
      command.add(INITIAL_HEAP);
    }
    if (javaFeature >= 19 && archive.isPresent()) {
      // Created at the first run's exit, then checked against the jar and the JDK on every
      // start; a stale archive is never trusted (see archiveFile for why it is never stale).
      command.add(AUTO_CREATE_ARCHIVE);
      command.add("-XX:SharedArchiveFile=" + archive.get());
      // So that a scan loading many more classes than the one that made the archive has it
      // made again (ArchiveCoverage).
      command.add("-D" + ArchiveCoverage.ARCHIVE_PROPERTY + "=" + archive.get());
      // The JVM's notes about the archive (created, recreated) would go to standard output,
      // where a report may be going.
      command.add("-Xlog:cds*=off");
    }
    command.addAll(jvmArguments);
    command.add("-D" + RELAUNCHED + "=true");
    command.add("-cp");
    command.add(jar.get().toString());
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return Optional.of(command);
  }

  private static final String AUTO_CREATE_ARCHIVE = "-XX:+AutoCreateSharedArchive";
  static final String CODE_CACHE = "-XX:ReservedCodeCacheSize=240m";
  static final String TENURING = "-XX:MaxTenuringThreshold=1";
  static final String COMPILE_SOONER = "-XX:CompileThresholdScaling=0.2";
  static final String INITIAL_HEAP = "-Xms1g";
  /** The default maximum heap (a quarter of the memory) from which a scan starts with 1 GiB. */
  static final long LARGE_DEFAULT_HEAP = 4L << 30;

  /**
   * One archive per jar and JDK, so that two installations do not keep replacing it (old ones
   * are pruned: {@link SharedArchives}); empty when the jar cannot be read. The jar's size and
   * modification time are part of the name because the JVM rejects an archive whose jar changed
   * but, against what {@code -XX:+AutoCreateSharedArchive} promises, does not recreate it
   * (Temurin 25.0.3: "This file is not the one used while building the shared archive file",
   * and no archive written at exit): a jar replaced in place, or copied over (a build, {@code
   * cp}), ran without its archive from then on. With them in the name, a changed jar gets an
   * archive of its own at its first run's exit.
   */
  static Optional<Path> archiveFile(Path cacheFolder, Path jar) {
    try {
      String stamp = jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
      return Optional.of(cacheFolder.resolve(SharedArchives.PREFIX + BuildInfo.VERSION + "-"
          + Integer.toHexString(stamp.hashCode()) + "-java-" + Runtime.version()
          + SharedArchives.SUFFIX));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Options that carry over to the second JVM unchanged and do not conflict with its own. */
  static boolean isKeptOption(String option) {
    return option.startsWith("-Xmx") || option.startsWith("-Xms") || option.startsWith("-Xss")
        || option.startsWith("-Xlog:") || option.startsWith("-D");
  }

  private static Optional<Path> jar() {
    try {
      Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> javaExecutable() {
    return ProcessHandle.current().info().command().filter(c -> Files.isExecutable(Path.of(c)));
  }

  /** {@code $XDG_CACHE_HOME/leakproof} or {@code ~/.cache/leakproof}, created; else empty. */
  private static Optional<Path> cacheFolder() {
    try {
      String xdg = System.getenv("XDG_CACHE_HOME");
      Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
          : Path.of(System.getProperty("user.home"), ".cache");
      Path folder = base.resolve("leakproof");
      Files.createDirectories(folder);
      return Files.isWritable(folder) ? Optional.of(folder) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
