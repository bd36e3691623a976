package cases.outerinstance;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Silent: returning an inner iterator is the normal idiom; the caller, not static state, decides how long it lives. */
class InnerIteratorReturned implements Iterable<Integer> {
  private final int[] values;

  InnerIteratorReturned(int[] values) {
    this.values = values.clone();
  }

  @Override
  public Iterator<Integer> iterator() {
    return new Itr();
  }

  private final class Itr implements Iterator<Integer> {
    private int next;

    @Override
    public boolean hasNext() {
      return next < values.length;
    }

    @Override
    public Integer next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return values[next++];
    }
  }
}
