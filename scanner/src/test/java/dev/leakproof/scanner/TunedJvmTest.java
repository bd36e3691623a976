package dev.leakproof.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a scan moves to a tuned JVM, and what that JVM is given. */
class TunedJvmTest {
  private static final Optional<Path> JAR = Optional.of(Path.of("/opt/leakproof.jar"));
  private static final Optional<String> JAVA = Optional.of("/usr/bin/java");
  private static final Optional<Path> ARCHIVE = Optional.of(Path.of(
      "/home/u/.cache/leakproof/leakproof-1.0-1a2b3c-java-25.jsa"));

  private static Optional<List<String>> command(List<String> jvmArguments,
      Map<String, String> environment, int javaFeature, String... args) {
    return TunedJvm.command(args, environment, jvmArguments, JAR, JAVA, javaFeature, ARCHIVE,
        0);
  }

  @Test
  void aScanRunsInAJvmWithTheQuickCompilerTheParallelCollectorAndTheUsersHeapAndProperties() {
    List<String> command = command(List.of("-Xmx1g", "-Dfoo=bar", "-Xlog:gc"), Map.of(), 21,
        "scan", "--format", "sarif", "src").orElseThrow();
    assertEquals("/usr/bin/java", command.get(0));
    assertTrue(command.contains("-XX:TieredStopAtLevel=1"), command::toString);
    assertTrue(command.contains("-XX:+UseParallelGC"), command::toString);
    assertTrue(command.contains("-XX:-DontCompileHugeMethods"), command::toString);
    assertTrue(command.contains("-XX:ReservedCodeCacheSize=240m"), command::toString);
    // a file's objects die after one copy, a source root's are promoted at the next collection
    assertTrue(command.contains("-XX:MaxTenuringThreshold=1"), command::toString);
    // a re-scan of a few files runs mostly before C1 has compiled it: compile sooner
    assertTrue(command.contains("-XX:CompileThresholdScaling=0.2"), command::toString);
    // huge pages once cost a scan 25 s of system CPU: never asked for (TunedJvm)
    assertTrue(command.stream().noneMatch(o -> o.contains("HugePages")), command::toString);
    assertTrue(command.contains("-XX:+AutoCreateSharedArchive"), command::toString);
    assertTrue(command.contains("-XX:SharedArchiveFile=" + ARCHIVE.get()), command::toString);
    // the scan judges what the archive holds (ArchiveCoverage)
    assertTrue(command.contains("-D" + ArchiveCoverage.ARCHIVE_PROPERTY + "=" + ARCHIVE.get()),
        command::toString);
    assertTrue(command.containsAll(List.of("-Xmx1g", "-Dfoo=bar", "-Xlog:gc")), command::toString);
    assertTrue(command.contains("-D" + TunedJvm.RELAUNCHED + "=true"), command::toString);
    assertEquals(List.of("-cp", "/opt/leakproof.jar", Main.class.getName(), "scan", "--format",
        "sarif", "src"), command.subList(command.size() - 7, command.size()));
  }

  @Test
  void aLargeDefaultHeapStartsAtOneGibUnlessTheUserSizedTheHeap() {
    String[] scan = {"scan", "src"};
    long large = TunedJvm.LARGE_DEFAULT_HEAP;
    assertTrue(TunedJvm.command(scan, Map.of(), List.of(), JAR, JAVA, 21, ARCHIVE, large)
        .orElseThrow().contains(TunedJvm.INITIAL_HEAP));
    assertFalse(TunedJvm.command(scan, Map.of(), List.of(), JAR, JAVA, 21, ARCHIVE,
        large - 1).orElseThrow().contains(TunedJvm.INITIAL_HEAP));
    // -Xmx512m with -Xms1g would not start; -Xms of their own is theirs
    for (String heap : List.of("-Xmx512m", "-Xms64m")) {
      List<String> command = TunedJvm.command(scan, Map.of(), List.of(heap), JAR, JAVA, 21,
          ARCHIVE, large).orElseThrow();
      assertFalse(command.contains(TunedJvm.INITIAL_HEAP), command::toString);
      assertTrue(command.contains(heap), command::toString);
    }
  }

  @Test
  void aChangedJarGetsAnArchiveOfItsOwnAndAnUnchangedOneKeepsIt(@TempDir Path dir)
      throws IOException {
    Path jar = Files.writeString(dir.resolve("leakproof.jar"), "v1");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
    Path archive = TunedJvm.archiveFile(dir, jar).orElseThrow();
    assertEquals(dir, archive.getParent());
    String name = archive.getFileName().toString();
    assertTrue(name.startsWith(SharedArchives.PREFIX) && name.endsWith(SharedArchives.SUFFIX),
        name);
    assertEquals(archive, TunedJvm.archiveFile(dir, jar).orElseThrow());
    // copied over, same bytes (cp sets a new time): the JVM would reject the old archive and,
    // on Temurin 25.0.3, never write a new one
    Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000));
    Path copied = TunedJvm.archiveFile(dir, jar).orElseThrow();
    assertNotEquals(archive, copied);
    // rebuilt in place within the same millisecond, but of another size
    Files.writeString(jar, "v2 longer");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(2_000_000));
    assertNotEquals(copied, TunedJvm.archiveFile(dir, jar).orElseThrow());
    // no jar to read: no archive, the scan runs without one
    assertEquals(Optional.empty(), TunedJvm.archiveFile(dir, dir.resolve("missing.jar")));
  }

  @Test
  void noArchiveFileNoArchiveOptions() {
    List<String> command = TunedJvm.command(new String[] {"scan"}, Map.of(), List.of(), JAR,
        JAVA, 25, Optional.empty(), 0).orElseThrow();
    assertTrue(command.stream().noneMatch(o -> o.contains("SharedArchive")), command::toString);
  }

  @Test
  void javaBefore19GetsNoSharedArchive() {
    List<String> command = command(List.of(), Map.of(), 17, "scan", "src").orElseThrow();
    assertTrue(command.stream().noneMatch(o -> o.contains("SharedArchive")), command::toString);
  }

  @Test
  void stayInThisJvmWhenRelaunchingCouldLoseSomethingOrGainsNothing() {
    assertEquals(Optional.empty(), command(List.of(), Map.of(), 21, "rules"));
    assertEquals(Optional.empty(), command(List.of(), Map.of(), 21));
    // the user's own tuning, an agent, or options the child would apply twice
    assertEquals(Optional.empty(), command(List.of("-XX:+UseG1GC"), Map.of(), 21, "scan"));
    assertEquals(Optional.empty(), command(List.of("-javaagent:x.jar"), Map.of(), 21, "scan"));
    assertEquals(Optional.empty(),
        command(List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"), 21, "scan"));
    assertEquals(Optional.empty(),
        command(List.of(), Map.of("JDK_JAVA_OPTIONS", "-Xmx1g"), 21, "scan"));
    assertEquals(Optional.empty(), command(List.of(), Map.of("LEAKPROOF_JVM", "as-is"), 21,
        "scan"));
    // not from a jar (an IDE, a test), or no java executable to start
    assertEquals(Optional.empty(), TunedJvm.command(new String[] {"scan"}, Map.of(), List.of(),
        Optional.empty(), JAVA, 21, ARCHIVE, 0));
    assertEquals(Optional.empty(), TunedJvm.command(new String[] {"scan"}, Map.of(), List.of(),
        JAR, Optional.empty(), 21, ARCHIVE, 0));
  }
}
