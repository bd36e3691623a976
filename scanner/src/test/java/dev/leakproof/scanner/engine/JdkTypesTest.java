package dev.leakproof.scanner.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JdkTypesTest {
  @Test
  void theJdksTypesOutsideJavaAndJavaxAreItsOwn() {
    assertTrue(JdkTypes.isJdkType("org.w3c.dom.Document"));
    assertTrue(JdkTypes.isJdkType("org.xml.sax.InputSource"));
    assertTrue(JdkTypes.isJdkType("java.io.InputStream"));
    assertTrue(JdkTypes.isJdkType("java.util.Map.Entry"));
    assertTrue(JdkTypes.isJdkType("javax.xml.stream.XMLStreamReader"));
  }

  @Test
  void librariesAndTheJdksInternalsAreNot() {
    assertFalse(JdkTypes.isJdkType("javax.servlet.Filter"));
    assertFalse(JdkTypes.isJdkType("org.apache.commons.io.IOUtils"));
    assertFalse(JdkTypes.isJdkType("com.github.javaparser.JavaParser"));
    assertFalse(JdkTypes.isJdkType("sun.nio.ch.FileChannelImpl"));
    assertFalse(JdkTypes.isJdkType("Document"));
  }
}
