package dev.leakproof.checks.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyDomainsTest {
  @Test
  void typesWhoseValuesTheJvmFixesAreClosed() {
    assertTrue(KeyDomains.isClosed("java.nio.file.FileStore"));
    assertTrue(KeyDomains.isClosed("java.nio.charset.Charset"));
    assertTrue(KeyDomains.isClosed("java.lang.Boolean"));
    assertTrue(KeyDomains.isClosed("java.lang.Byte"));
  }

  @Test
  void localesZonesAndClassesLookSmallButInputMakesNewOnes() {
    for (String type : new String[] {"java.util.Locale", "java.util.TimeZone", "java.time.ZoneId",
        "java.time.ZoneOffset", "org.joda.time.DateTimeZone", "java.lang.Class"}) {
      assertFalse(KeyDomains.isClosed(type), type);
      assertFalse(KeyDomains.of(type).orElseThrow().why().isEmpty(), type);
    }
  }

  @Test
  void aTypeTheTableDoesNotNameIsNotClosed() {
    assertFalse(KeyDomains.isClosed("java.lang.String"));
    assertTrue(KeyDomains.of("java.lang.String").isEmpty());
  }
}
