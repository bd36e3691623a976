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
}
