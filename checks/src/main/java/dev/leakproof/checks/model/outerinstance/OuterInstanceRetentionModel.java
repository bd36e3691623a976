package dev.leakproof.checks.model.outerinstance;

/**
 * OuterInstanceRetention's sentence, once for every engine: an object that holds its enclosing
 * instance ({@link Capture}) handed to a place that outlives that instance ({@link Sink}). The
 * sentence says what keeps what alive: the GC root, the holder, the object handed over, and the
 * enclosing object it retains.
 */
public final class OuterInstanceRetentionModel {
  private OuterInstanceRetentionModel() {}

  public static String sentence(Capture capture, Sink sink) {
    return capture.phrase() + " " + sink.where() + ": " + sink.keeps(capture.noun())
        + ", and " + capture.noun() + " keeps this object reachable. Use a static nested class,"
        + " capture values instead of this, or end what you start.";
  }
}
