package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/** Silent: the stream goes to a consumer we cannot see into; precision first assumes it takes ownership. */
class PassedToUnknownConsumer {
  void handOff(File file, Consumer<InputStream> owner) throws IOException {
    InputStream in = new FileInputStream(file);
    owner.accept(in);
  }
}
