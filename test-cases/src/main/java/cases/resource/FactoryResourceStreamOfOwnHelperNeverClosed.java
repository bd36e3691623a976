package cases.resource;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/**
 * Flagged: a class's own {@code getResourceAsStream} helper returns a class-path stream the
 * caller owns (the name's contract, whichever class declares it, as for {@code Class} and {@code
 * ClassLoader}), and {@code KeyStore.load} reads it and leaves it open. The helper itself returns
 * the stream, and the look-alike closes it.
 */
class FactoryResourceStreamOfOwnHelperNeverClosed {
  KeyStore load(String resource, char[] password) throws IOException, GeneralSecurityException {
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    InputStream in = getResourceAsStream(resource); // expect: UnclosedResource "not closed on every path"
    keyStore.load(in, password);
    return keyStore;
  }

  KeyStore loadAndClose(String resource, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = getResourceAsStream(resource)) {
      keyStore.load(in, password);
    }
    return keyStore;
  }

  static InputStream getResourceAsStream(String resource) {
    return FactoryResourceStreamOfOwnHelperNeverClosed.class.getClassLoader()
        .getResourceAsStream(resource);
  }
}
