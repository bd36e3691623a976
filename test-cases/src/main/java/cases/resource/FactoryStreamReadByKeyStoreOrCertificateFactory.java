package cases.resource;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

/**
 * Flagged: {@code KeyStore.load} and {@code CertificateFactory.generateCertificate} read the
 * stream they are given and leave it open (the JDK's providers never close it), so a file stream
 * passed straight to them is never closed. The look-alikes close it.
 */
class FactoryStreamReadByKeyStoreOrCertificateFactory {
  KeyStore keyStore(Path path, char[] password) throws IOException, GeneralSecurityException {
    KeyStore keyStore = KeyStore.getInstance("JKS");
    keyStore.load(Files.newInputStream(path), password); // expect: UnclosedResource "not closed on every path"
    return keyStore;
  }

  Certificate certificate(String file) throws IOException, GeneralSecurityException {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    return factory.generateCertificate(new FileInputStream(file)); // expect: UnclosedResource "not closed on every path"
  }

  KeyStore keyStoreClosed(Path path, char[] password) throws IOException, GeneralSecurityException {
    KeyStore keyStore = KeyStore.getInstance("JKS");
    try (InputStream in = Files.newInputStream(path)) {
      keyStore.load(in, password);
    }
    return keyStore;
  }

  Certificate certificateClosed(String file) throws IOException, GeneralSecurityException {
    try (InputStream in = new FileInputStream(file)) {
      return CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }
}
