package dev.leakproof.checks.model.resource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.resource.MemoryOnlyClasses.Call;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.CloseMethod;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.FieldClose;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.OtherCall;
import dev.leakproof.checks.model.resource.MemoryOnlyClasses.SuperClose;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemoryOnlyClassesTest {
  /** Classes as an engine would read them: each declared close() and which classes are final. */
  private static final class Read implements MemoryOnlyClasses.Classes {
    final Map<String, CloseMethod> closes = new HashMap<>();
    final Set<String> finals = new HashSet<>();
    final Map<String, List<String>> supers = new HashMap<>();

    Read declares(String type, Call... calls) {
      closes.put(type, new CloseMethod(type, Optional.of(List.of(calls))));
      return this;
    }

    Read inherits(String type, String from) {
      supers.put(type, List.of(from));
      closes.put(type, closes.getOrDefault(from, new CloseMethod(from, Optional.empty())));
      return this;
    }

    Read sealedAsFinal(String type) {
      finals.add(type);
      return this;
    }

    @Override
    public Optional<CloseMethod> closeOf(String fqcn) {
      return Optional.ofNullable(closes.get(fqcn));
    }

    @Override
    public boolean isFinal(String fqcn) {
      return finals.contains(fqcn);
    }

    @Override
    public List<String> superclasses(String fqcn) {
      return supers.getOrDefault(fqcn, List.of());
    }
  }

  @Test
  void anEmptyCloseReleasesNothingWhateverTheFieldsHold() {
    // commons-compress BoundedSeekableByteChannelInputStream: keeps the archive's channel
    Read read = new Read().declares("p.Bounded");
    assertTrue(MemoryOnlyClasses.createdHoldsOnlyMemory("p.Bounded", read));
  }

  @Test
  void closingAFieldOfANonFinalTypeMayReleaseAnything() {
    // POI POIFSFileSystem.close() { _data.close(); }, a DataSource that may be a file's channel
    // (the benchmark's real leak poi-60)
    Read read = new Read().declares("p.FileSystem", new FieldClose("p.DataSource"))
        .declares("p.DataSource");
    assertFalse(MemoryOnlyClasses.createdHoldsOnlyMemory("p.FileSystem", read));
  }

  @Test
  void closingAFieldOfAnInMemoryOrFinalMemoryOnlyTypeReleasesNothing() {
    Read read = new Read().declares("p.Buffered", new FieldClose("java.io.ByteArrayOutputStream"))
        .declares("p.Outer", new FieldClose("p.Inner"), new SuperClose("java.io.InputStream"))
        .declares("p.Inner").sealedAsFinal("p.Inner");
    assertTrue(MemoryOnlyClasses.createdHoldsOnlyMemory("p.Buffered", read));
    assertTrue(MemoryOnlyClasses.createdHoldsOnlyMemory("p.Outer", read));
  }

  @Test
  void aFieldOfAFinalTypeThatClosesAStreamHoldsSomething() {
    Read read = new Read().declares("p.Outer", new FieldClose("p.Inner"))
        .declares("p.Inner", new FieldClose("java.io.InputStream")).sealedAsFinal("p.Inner");
    assertFalse(MemoryOnlyClasses.createdHoldsOnlyMemory("p.Outer", read));
  }

  @Test
  void anyOtherCallOrAnUnreadableCloseMayReleaseSomething() {
    Read read = new Read().declares("p.Native", new OtherCall("free"))
        .inherits("p.Filtered", "java.io.FilterInputStream")
        .inherits("p.Plain", "java.io.InputStream")
        .declares("p.Sub", new SuperClose("p.Native"));
    assertFalse(MemoryOnlyClasses.createdHoldsOnlyMemory("p.Native", read));
    assertFalse(MemoryOnlyClasses.createdHoldsOnlyMemory("p.Filtered", read));
    assertTrue(MemoryOnlyClasses.createdHoldsOnlyMemory("p.Plain", read));
    assertFalse(MemoryOnlyClasses.createdHoldsOnlyMemory("p.Sub", read));
    assertFalse(MemoryOnlyClasses.createdHoldsOnlyMemory("p.Unknown", read));
  }

  @Test
  void aCycleOfFinalClassesEndsAsHoldingSomething() {
    Read read = new Read().declares("p.Node", new FieldClose("p.Node")).sealedAsFinal("p.Node");
    assertFalse(MemoryOnlyClasses.createdHoldsOnlyMemory("p.Node", read));
  }

  @Test
  void aTypeTheTablesReleaseByAnotherMethodIsNotJudgedByItsClose() {
    // JGit's TemporaryBuffer: close() ends the writing, destroy() closes the overflow file
    Read read = new Read().inherits("org.eclipse.jgit.util.TemporaryBuffer", "java.io.OutputStream")
        .inherits("p.Spill", "org.eclipse.jgit.util.TemporaryBuffer");
    assertFalse(MemoryOnlyClasses.createdHoldsOnlyMemory("org.eclipse.jgit.util.TemporaryBuffer",
        read));
    assertFalse(MemoryOnlyClasses.createdHoldsOnlyMemory("p.Spill", read));
  }
}
