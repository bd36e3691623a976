package dev.leakproof.checks.model.staticcache;

import dev.leakproof.checks.knowledge.CollectionApis;
import dev.leakproof.checks.knowledge.CollectionApis.Effect;

/**
 * What one call on a static collection (or on a view of it) means for UnboundedStaticCache: an
 * add outside initialisation, a removal, a view to follow, an iterator whose {@code remove()}
 * the body may call, a {@code size()} that bounds the adds beside it unless it is only logged.
 * Each engine finds the call in its own representation and answers the questions of a {@link
 * Site}; the decision is made here once.
 */
public final class CollectionCall {
  private CollectionCall() {}

  /**
   * One call, as an engine sees it. The questions are asked only for the effect that needs them,
   * so an engine may answer them lazily.
   */
  public interface Site {
    /** Whether the call runs while the class initialises (an add there fills a fixed set). */
    boolean inInitialisation();

    /**
     * Whether the method or lambda holding the call calls something that may be an iterator's
     * {@code remove()} ({@link CollectionApis#mayRemoveThroughIterator}).
     */
    boolean bodyCallsIteratorRemove();

    /** Whether the {@code int} the call returns is only logged or printed, not compared. */
    boolean resultOnlyLogged();

    /** The call adds to the collection outside initialisation. */
    void adds();

    /** The call (or an iterator it returns) may remove from the collection. */
    void removes();

    /** The call returns a live view: follow its result as a plain collection. */
    void followResultAsView();

    /** The call reads the size in a way that may bound the adds of the same body. */
    void checksSize();
  }

  /**
   * Tells {@code site} what the call of {@code method} means, on a Caffeine or Guava cache when
   * {@code onCache}, else on a collection or map.
   */
  public static void dispatch(String method, boolean onCache, Site site) {
    Effect effect = onCache ? CollectionApis.cacheEffectOf(method) : CollectionApis.effectOf(method);
    switch (effect) {
      case ADDS -> {
        if (!site.inInitialisation()) {
          site.adds();
        }
      }
      case REMOVES -> site.removes();
      case VIEW -> site.followResultAsView();
      case ITERATOR -> {
        if (site.bodyCallsIteratorRemove()) {
          site.removes();
        }
      }
      case SIZE -> {
        if (!site.resultOnlyLogged()) {
          site.checksSize();
        }
      }
      case READS -> { }
    }
  }
}
