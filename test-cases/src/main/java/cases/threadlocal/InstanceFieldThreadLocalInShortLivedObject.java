package cases.threadlocal;

/**
 * Silent: a non-static ThreadLocal belongs to one short-lived object; when the object goes, the
 * weakly held key goes too and the stale entry is expunged. Engines cannot see the owner's
 * lifetime, so precision first stays silent for instance-field ThreadLocals.
 */
class InstanceFieldThreadLocalInShortLivedObject {
  private final ThreadLocal<Integer> depth = new ThreadLocal<>();

  int measure(String text) {
    depth.set(text.length());
    return depth.get();
  }
}
