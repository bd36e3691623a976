package dev.leakproof.checks.model.staticcache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionCallTest {
  /** A site whose answers are given, and which records what it was told. */
  private static final class Recorded implements CollectionCall.Site {
    final boolean init;
    final boolean callsRemove;
    final boolean logged;
    final List<String> told = new ArrayList<>();

    Recorded(boolean init, boolean callsRemove, boolean logged) {
      this.init = init;
      this.callsRemove = callsRemove;
      this.logged = logged;
    }

    @Override public boolean inInitialisation() { return init; }
    @Override public boolean bodyCallsIteratorRemove() { return callsRemove; }
    @Override public boolean resultOnlyLogged() { return logged; }
    @Override public void adds() { told.add("adds"); }
    @Override public void removes() { told.add("removes"); }
    @Override public void followResultAsView() { told.add("view"); }
    @Override public void checksSize() { told.add("size"); }
  }

  private static List<String> told(String method, boolean onCache, boolean init,
      boolean callsRemove, boolean logged) {
    Recorded site = new Recorded(init, callsRemove, logged);
    CollectionCall.dispatch(method, onCache, site);
    return site.told;
  }

  private static List<String> told(String method, boolean onCache) {
    return told(method, onCache, false, false, false);
  }

  @Test
  void anAddCountsOnlyOutsideInitialisation() {
    assertEquals(List.of("adds"), told("put", false));
    assertEquals(List.of("adds"), told("computeIfAbsent", false));
    assertEquals(List.of(), told("put", false, true, false, false));
    assertEquals(List.of("adds"), told("put", true));
  }

  @Test
  void removalsAndViews() {
    assertEquals(List.of("removes"), told("remove", false));
    assertEquals(List.of("removes"), told("clear", false));
    assertEquals(List.of("removes"), told("invalidate", true));
    assertEquals(List.of("view"), told("keySet", false));
    assertEquals(List.of("view"), told("asMap", true));
  }

  @Test
  void anIteratorRemovesOnlyWhenTheBodyCallsRemove() {
    assertEquals(List.of(), told("iterator", false));
    assertEquals(List.of("removes"), told("iterator", false, false, true, false));
  }

  @Test
  void aSizeBoundsUnlessItIsOnlyLogged() {
    assertEquals(List.of("size"), told("size", false));
    assertEquals(List.of(), told("size", false, false, false, true));
    assertEquals(List.of("size"), told("estimatedSize", true));
  }

  @Test
  void readsAreNothing() {
    assertEquals(List.of(), told("get", false));
    assertEquals(List.of(), told("getIfPresent", true, false, true, true));
  }
}
