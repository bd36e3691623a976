package cases.resource;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Silent, then flagged: a stream taken from a holder ({@code lease.stream()}) and closed in a
 * {@code finally} only when the holder says it is not shared ({@code if (!lease.isShared())}) is
 * borrowed on the other branch: the holder's owner closes it (jBPM's {@code JPAMapper}: {@code em
 * = info.getEntityManager(); … finally { if (!info.isShared()) em.close(); }}). The look-alikes:
 * the same close only on the normal path (jBPM's leak before the fix: the read may throw first),
 * a condition asked of another object than the one the stream came from, and a stream the
 * method opened itself, which no holder's word makes borrowed.
 */
class BorrowedFromHolderClosedWhenHolderSaysOwned {
  static final class Lease {
    private final InputStream stream;
    private final boolean shared;

    Lease(InputStream stream, boolean shared) {
      this.stream = stream;
      this.shared = shared;
    }

    InputStream stream() {
      return stream;
    }

    boolean isShared() {
      return shared;
    }
  }

  int readOwnedOnly(Lease lease) throws IOException {
    InputStream in = lease.stream();
    try {
      return in.read();
    } finally {
      if (!lease.isShared()) {
        in.close();
      }
    }
  }

  int readThenCloseOwned(Lease lease) throws IOException {
    InputStream in = lease.stream(); // expect: UnclosedResource
    int first = in.read();
    if (!lease.isShared()) {
      in.close();
    }
    return first;
  }

  int askedOfAnother(Lease lease, Lease other) throws IOException {
    InputStream in = lease.stream(); // expect: UnclosedResource
    try {
      return in.read();
    } finally {
      if (!other.isShared()) {
        in.close();
      }
    }
  }

  int openedHere(Lease lease, String path) throws IOException {
    InputStream in = new FileInputStream(path); // expect: UnclosedResource
    try {
      return in.read();
    } finally {
      if (!lease.isShared()) {
        in.close();
      }
    }
  }
}
