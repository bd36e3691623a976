package dev.leakproof.checks.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseMethodsTest {
  @Test
  void aReleaseMethodNamesTheTypesThatListIt() {
    assertTrue(ReleaseMethods.typeSimpleNamesReleasedBy("end").containsAll(
        List.of("Deflater", "Inflater")));
    assertTrue(ReleaseMethods.typeSimpleNamesReleasedBy("destroy").contains("LocalFile"));
    assertTrue(ReleaseMethods.typeSimpleNamesReleasedBy("close").isEmpty());
  }

  @Test
  void closeReleasesAnyType() {
    assertTrue(ReleaseMethods.releasesReceiver("com.example.Sheet", "close"));
    assertTrue(ReleaseMethods.releasesReceiver(null, "close"));
  }

  @Test
  void aReleaseMethodCountsOnItsTypeOnly() {
    assertTrue(ReleaseMethods.releasesReceiver("org.eclipse.jgit.revwalk.RevWalk", "dispose"));
    assertTrue(ReleaseMethods.releasesReceiver("java/util/zip/Deflater", "end"));
    assertTrue(ReleaseMethods.releasesReceiver("org/eclipse/jgit/util/TemporaryBuffer$LocalFile",
        "destroy"), "binary names of nested types");
    assertFalse(ReleaseMethods.releasesReceiver("com.example.Sheet", "dispose"));
    assertFalse(ReleaseMethods.releasesReceiver("org.eclipse.jgit.revwalk.RevWalk", "reset"));
    assertFalse(ReleaseMethods.releasesReceiver("java.util.zip.Deflater", "dispose"),
        "another type's release name");
    assertFalse(ReleaseMethods.releasesReceiver(null, "dispose"));
  }

  @Test
  void subtypesInheritThroughTheSupertypesTheEngineKnows() {
    assertTrue(ReleaseMethods.releasesReceiver("org.eclipse.jgit.revplot.PlotWalk",
        List.of("org.eclipse.jgit.revwalk.RevWalk", "java.lang.Object"), "dispose"));
    assertTrue(ReleaseMethods.releasesReceiver("java.util.concurrent.ThreadPoolExecutor",
        List.of("java.util.concurrent.AbstractExecutorService",
            "java.util.concurrent.ExecutorService"), "shutdownNow"));
    assertFalse(ReleaseMethods.releasesReceiver("org.eclipse.jgit.revplot.PlotWalk", "dispose"),
        "without its supertypes the engine cannot tell");
  }

  @Test
  void theNameFilterKnowsEveryReleaseName() {
    assertTrue(ReleaseMethods.mayReleaseReceiver("close"));
    assertTrue(ReleaseMethods.mayReleaseReceiver("destroyForcibly"));
    assertFalse(ReleaseMethods.mayReleaseReceiver("read"));
  }

  @Test
  void aCallReleasesItsReceiverByNameArgumentsAndType() {
    Iterable<String> unloaded = () -> {
      throw new AssertionError("supertypes are not needed here");
    };
    assertTrue(ReleaseMethods.releasesReceiver("close", 1, null, unloaded),
        "close(..) releases on anything");
    assertTrue(ReleaseMethods.releasesReceiver("dispose", 0, "org.eclipse.jgit.revwalk.RevWalk",
        unloaded), "the type itself lists it: its supertypes are never asked");
    assertFalse(ReleaseMethods.releasesReceiver("dispose", 1, "org.eclipse.jgit.revwalk.RevWalk",
        unloaded), "a release method takes no arguments");
    assertFalse(ReleaseMethods.releasesReceiver("reset", 0, "org.eclipse.jgit.revwalk.RevWalk",
        unloaded), "not a release method name");
    assertFalse(ReleaseMethods.releasesReceiver("dispose", 0, null, unloaded),
        "a receiver the engine cannot type");
    assertTrue(ReleaseMethods.releasesReceiver("shutdown", 0,
        "java.util.concurrent.ThreadPoolExecutor", List.of("java.util.concurrent.ExecutorService")));
    assertFalse(ReleaseMethods.releasesReceiver("shutdown", 0, "com.example.Pool", List.of()));
  }
}
