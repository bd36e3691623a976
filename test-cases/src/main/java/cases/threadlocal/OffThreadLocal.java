package cases.threadlocal;

import net.sf.ehcache.util.lang.VicariousThreadLocal;

/**
 * Not a case by itself: a subclass of ehcache's {@code VicariousThreadLocal} declared in its own
 * file, for {@link ValuesKeptOffThreadBySubclassOfAnotherFile}. It keeps values off the thread as
 * its superclass does.
 */
public class OffThreadLocal<T> extends VicariousThreadLocal<T> {}
