package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;

/**
 * Flagged: ObjectInputStream's constructor reads the stream header; on a truncated file it throws,
 * no wrapper exists, and try-with-resources never saw the FileInputStream built inside it.
 */
class ObjectStreamHeaderFailsInTryWithResources {
  Object load(File file) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new FileInputStream(file))) { // expect: UnclosedResource "not closed if `new ObjectInputStream(…)` throws"
      return in.readObject();
    }
  }
}
