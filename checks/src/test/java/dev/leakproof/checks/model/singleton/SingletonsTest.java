package dev.leakproof.checks.model.singleton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakproof.checks.model.singleton.SingletonClass.Copying;
import dev.leakproof.checks.model.singleton.SingletonClass.Creation;
import dev.leakproof.checks.model.singleton.SingletonClass.Runs;
import dev.leakproof.checks.model.singleton.SingletonClass.Shape;
import dev.leakproof.checks.model.singleton.SingletonClass.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SingletonsTest {
  /** Facts as an engine would give them; records which questions the model asked. */
  private static final class Facts implements SingletonClass {
    final List<String> asked = new ArrayList<>();
    Shape shape = Shape.CONCRETE_CLASS;
    List<String> constants = List.of();
    boolean privateConstructors = true;
    boolean subclassed;
    boolean wholeUnit = true;
    List<Creation> creations = List.of(Creation.heldBy("INSTANCE"));
    Copying copying = Copying.IMPOSSIBLE;

    @Override public Shape shape() {
      return shape;
    }

    @Override public List<String> enumConstants() {
      return constants;
    }

    @Override public boolean everyConstructorPrivate() {
      asked.add("constructors");
      return privateConstructors;
    }

    @Override public boolean subclassedInUnit() {
      asked.add("subclassed");
      return subclassed;
    }

    @Override public boolean wholeUnitVisible() {
      return wholeUnit;
    }

    @Override public List<Creation> creations() {
      asked.add("creations");
      return creations;
    }

    @Override public Copying copying() {
      asked.add("copying");
      return copying;
    }
  }

  private static Facts enumWith(String... constants) {
    Facts facts = new Facts();
    facts.shape = Shape.ENUM;
    facts.constants = List.of(constants);
    return facts;
  }

  @Test
  void anEnumWithOneConstantIsHeldByIt() {
    Facts one = enumWith("INSTANCE");
    assertEquals(Optional.of("the enum constant INSTANCE"), Singletons.holderOf(one));
    assertFalse(one.asked.contains("creations"), "an enum's constants are its only instances");
  }

  @Test
  void anEnumWithTwoConstantsOrAConstantBodyIsNot() {
    assertEquals(Optional.empty(), Singletons.holderOf(enumWith("A", "B")));
    assertEquals(Optional.empty(), Singletons.holderOf(enumWith()));
    Facts withBody = enumWith("INSTANCE");
    withBody.subclassed = true;
    assertEquals(Optional.empty(), Singletons.holderOf(withBody));
  }

  @Test
  void aClassCreatedOnceIntoItsOwnStaticFinalFieldIsHeldByIt() {
    Facts facts = new Facts();
    assertEquals(Optional.of("static INSTANCE"), Singletons.holderOf(facts));
    assertEquals(List.of("constructors", "subclassed", "creations", "copying"), facts.asked,
        "the supertypes (the costliest fact) are asked last");
  }

  @Test
  void aClassWithAnyNonPrivateConstructorIsNotAndNothingElseIsAsked() {
    Facts facts = new Facts();
    facts.privateConstructors = false;
    assertEquals(Optional.empty(), Singletons.holderOf(facts));
    assertFalse(Singletons.mayBeOne(facts));
    assertEquals(List.of("constructors", "constructors"), facts.asked);
  }

  @Test
  void interfacesAndAbstractOrLocalClassesAreNot() {
    Facts facts = new Facts();
    facts.shape = Shape.OTHER;
    assertEquals(Optional.empty(), Singletons.holderOf(facts));
    assertTrue(facts.asked.isEmpty());
  }

  @Test
  void twoCreationsOrOneNotHeldOnceAreNot() {
    Facts twice = new Facts();
    twice.creations = List.of(Creation.heldBy("INSTANCE"), Creation.elsewhere());
    assertEquals(Optional.empty(), Singletons.holderOf(twice));
    Facts inAMethod = new Facts();
    inAMethod.creations = List.of(Creation.elsewhere());
    assertEquals(Optional.empty(), Singletons.holderOf(inAMethod));
    assertFalse(inAMethod.asked.contains("copying"));
    Facts none = new Facts();
    none.creations = List.of();
    assertEquals(Optional.empty(), Singletons.holderOf(none));
  }

  @Test
  void aCopyableOrPossiblyCopyableClassIsNot() {
    Facts serializable = new Facts();
    serializable.copying = Copying.POSSIBLE;
    assertEquals(Optional.empty(), Singletons.holderOf(serializable));
    Facts unseenSupertype = new Facts();
    unseenSupertype.copying = Copying.UNKNOWN;
    assertEquals(Optional.empty(), Singletons.holderOf(unseenSupertype));
  }

  @Test
  void aSubclassOrAPartlyVisibleUnitRulesItOut() {
    Facts subclassed = new Facts();
    subclassed.subclassed = true;
    assertEquals(Optional.empty(), Singletons.holderOf(subclassed));
    Facts partNest = new Facts();
    partNest.wholeUnit = false;
    assertEquals(Optional.empty(), Singletons.holderOf(partNest));
    assertFalse(partNest.asked.contains("creations"));
  }

  @Test
  void sharedInstancesBeyondGetInstance() {
    assertTrue(SharedInstances.isAccessor("java.lang.Runtime", "getRuntime", false));
    assertTrue(SharedInstances.isAccessor("java.util.logging.LogManager", "getLogManager", false));
    assertTrue(SharedInstances.isAccessor("java.lang.management.ManagementFactory",
        "getPlatformMBeanServer", false));
    assertTrue(SharedInstances.isAccessor("java.awt.Toolkit", "getDefaultToolkit", false));
    assertTrue(SharedInstances.isAccessor("app.Registry", "global", true));
    assertFalse(SharedInstances.isAccessor("app.Registry", "global", false));
    assertFalse(SharedInstances.isAccessor("app.Registry", "getDefaults", false));
    assertFalse(SharedInstances.isAccessor("java.lang.Runtime", "version", false));
    assertTrue(SharedInstances.isConventionalName("getDefault"));
    assertFalse(SharedInstances.isConventionalName("getInstances"));
    assertFalse(SharedInstances.isConventionalName("newInstance"));
    assertFalse(SharedInstances.isConventionalName("get"));
  }

  @Test
  void singletonBeansAndInjection() {
    assertTrue(SingletonBeans.isInjection("Inject"));
    assertTrue(SingletonBeans.isInjection("org.springframework.beans.factory.annotation.Autowired"));
    assertFalse(SingletonBeans.isInjection("app.Inject"));
    assertTrue(SingletonBeans.isSingletonScope("ApplicationScoped"));
    assertTrue(SingletonBeans.isSingletonScope("org.springframework.stereotype.Service"));
    assertFalse(SingletonBeans.isSingletonScope("javax.enterprise.context.RequestScoped"));
  }

  @Test
  void containerHolderNamesTheSingletonScope() {
    assertEquals(Optional.of("the DI container, as a @Service"),
        SingletonBeans.containerHolder(List.of("java.lang.Deprecated",
            "org.springframework.stereotype.Service")));
    assertEquals(Optional.empty(), SingletonBeans.containerHolder(
        List.of("jakarta.enterprise.context.RequestScoped", "app.Singleton")));
  }

  @Test
  void aPrivateFieldWrittenOnlyByTheOneCreationHoldsIt() {
    Store lazy = new Store("detector", false, true, Runs.FIRST_CALL_UNDER_CLASS_LOCK, 1);
    assertEquals(Optional.of("detector"), Singletons.heldOnceBy(Creation.storedIn(lazy)));
    Store inStaticBlock = new Store("instance", false, true, Runs.STATIC_INITIALISATION, 1);
    assertEquals(Optional.of("instance"), Singletons.heldOnceBy(Creation.storedIn(inStaticBlock)));
    Facts facts = new Facts();
    facts.creations = List.of(Creation.storedIn(lazy));
    assertEquals(Optional.of("static detector"), Singletons.holderOf(facts));
  }

  @Test
  void aFieldThatCanBeWrittenAgainOrACreationThatCanRunAgainDoesNot() {
    Store reset = new Store("detector", false, true, Runs.FIRST_CALL_UNDER_CLASS_LOCK, 2);
    Store packageVisible = new Store("detector", false, false, Runs.FIRST_CALL_UNDER_CLASS_LOCK, 1);
    Store unlocked = new Store("detector", false, true, Runs.OTHER, 1);
    Store resetFinal = new Store("INSTANCE", false, false, Runs.STATIC_INITIALISATION, 1);
    for (Store store : List.of(reset, packageVisible, unlocked, resetFinal)) {
      assertEquals(Optional.empty(), Singletons.heldOnceBy(Creation.storedIn(store)), store.toString());
    }
    assertEquals(Optional.empty(), Singletons.heldOnceBy(Creation.elsewhere()));
    assertEquals(Optional.of("Lazy.INSTANCE"), Singletons.heldOnceBy(Creation.storedIn(
        new Store("Lazy.INSTANCE", true, false, Runs.STATIC_INITIALISATION, 1))));
  }
}
