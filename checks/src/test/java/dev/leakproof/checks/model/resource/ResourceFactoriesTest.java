package dev.leakproof.checks.model.resource;

import static dev.leakproof.checks.model.resource.ResourceFactories.Returned.FRESH_RESOURCE;
import static dev.leakproof.checks.model.resource.ResourceFactories.Returned.NOT_OWNED;
import static dev.leakproof.checks.model.resource.ResourceFactories.Returned.NULL;
import static dev.leakproof.checks.model.resource.ResourceFactories.Returned.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceFactoriesTest {
  @Test
  void aFactoryHandsOutAFreshResourceOnEveryPathThatReturnsOne() {
    assertTrue(ResourceFactories.isFactory(List.of(FRESH_RESOURCE)));
    assertTrue(ResourceFactories.isFactory(List.of(NULL, FRESH_RESOURCE, FRESH_RESOURCE)));
    assertFalse(ResourceFactories.isFactory(List.of(FRESH_RESOURCE, OTHER)), "a cached field");
    assertFalse(ResourceFactories.isFactory(List.of(NULL)), "nothing opened");
    assertFalse(ResourceFactories.isFactory(List.of()), "no return: it only throws");
  }

  @Test
  void aChoiceIsFreshWhenEachBranchIsFreshOrNull() {
    assertEquals(FRESH_RESOURCE, ResourceFactories.either(NULL, FRESH_RESOURCE));
    assertEquals(FRESH_RESOURCE, ResourceFactories.either(FRESH_RESOURCE, FRESH_RESOURCE));
    assertEquals(NULL, ResourceFactories.either(NULL, NULL));
    assertEquals(OTHER, ResourceFactories.either(FRESH_RESOURCE, OTHER));
  }

  @Test
  void aMethodReturningOnlyStandardStreamsOrTheirWrappersHandsOutNothingOwned() {
    assertTrue(ResourceFactories.returnsNothingOwned(List.of(NOT_OWNED)));
    assertTrue(ResourceFactories.returnsNothingOwned(List.of(NULL, NOT_OWNED)));
    assertFalse(ResourceFactories.returnsNothingOwned(List.of(NOT_OWNED, FRESH_RESOURCE)),
        "System.out or a file's stream: the caller cannot tell");
    assertFalse(ResourceFactories.returnsNothingOwned(List.of(NOT_OWNED, OTHER)));
    assertFalse(ResourceFactories.returnsNothingOwned(List.of(NULL)));
    assertFalse(ResourceFactories.isFactory(List.of(NOT_OWNED)), "System.out is no factory's");
    assertEquals(NOT_OWNED, ResourceFactories.wrapperOf(NOT_OWNED));
    assertEquals(OTHER, ResourceFactories.wrapperOf(FRESH_RESOURCE), "the tables decide");
    assertEquals(NOT_OWNED, ResourceFactories.either(NULL, NOT_OWNED));
    assertEquals(OTHER, ResourceFactories.either(NOT_OWNED, FRESH_RESOURCE));
  }

  @Test
  void creatingVerbsNameFactoriesGettersDoNot() {
    for (String name : List.of("open", "openStream", "openFileEx", "createInputStream",
        "createSocket", "newReader", "newOutputStream")) {
      assertTrue(ResourceFactories.namesAFactory(name), name);
    }
    for (String name : List.of("getInputStream", "opened", "openness", "newline", "creator",
        "toStream", "asReader", "reopen")) {
      assertFalse(ResourceFactories.namesAFactory(name), name);
    }
  }

  @Test
  void conventionNeedsACreatingNameAndAJdkResourceResult() {
    assertTrue(ResourceFactories.acquiresByConvention("openFileEx", "java.io.InputStream"));
    assertTrue(ResourceFactories.acquiresByConvention("createConnection", "java.sql.Connection"));
    assertFalse(ResourceFactories.acquiresByConvention("getInputStream", "java.io.InputStream"));
    assertFalse(ResourceFactories.acquiresByConvention("openLog", "java.io.PrintStream"));
    assertFalse(ResourceFactories.acquiresByConvention("openSession", "org.hibernate.Session"));
    assertFalse(ResourceFactories.acquiresByConvention("openStream", null));
  }
}
