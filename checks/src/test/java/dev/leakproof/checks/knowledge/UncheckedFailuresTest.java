package dev.leakproof.checks.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UncheckedFailuresTest {
  private static final List<String> RUNTIME =
      List.of("java.lang.RuntimeException", "java.lang.Exception", "java.lang.Throwable");

  @Test
  void librariesOrdinaryFailuresAndTheirSubclasses() {
    assertTrue(UncheckedFailures.isOrdinaryFailure("org.h2.message.DbException", RUNTIME));
    assertTrue(UncheckedFailures.isOrdinaryFailure("java/io/UncheckedIOException", RUNTIME));
    assertTrue(UncheckedFailures.isOrdinaryFailure(
        "org.springframework.dao.DuplicateKeyException",
        List.of("org.springframework.dao.DataAccessException", "java.lang.RuntimeException")));
    assertTrue(UncheckedFailures.isOrdinaryFailure(
        "redis.clients.jedis.exceptions.JedisDataException",
        List.of("redis.clients.jedis.exceptions.JedisException", "java.lang.RuntimeException")));
    assertFalse(UncheckedFailures.isOrdinaryFailure("java.lang.IllegalStateException", RUNTIME));
    assertFalse(UncheckedFailures.isOrdinaryFailure("com.example.DbException", RUNTIME),
        "by qualified name only");
  }

  @Test
  void aDeclaredUncheckedExceptionCountsUnlessItIsTheJdks() {
    assertTrue(UncheckedFailures.isExpectedWhenDeclared("com.example.StoreException", RUNTIME));
    assertTrue(UncheckedFailures.isExpectedWhenDeclared("java.io.UncheckedIOException", RUNTIME));
    assertFalse(UncheckedFailures.isExpectedWhenDeclared("java.lang.NumberFormatException",
        RUNTIME));
    assertFalse(UncheckedFailures.isExpectedWhenDeclared("javax.xml.ws.WebServiceException",
        RUNTIME));
  }

  @Test
  void librariesThatFailUncheckedByPackage() {
    assertTrue(UncheckedFailures.failsUnchecked("org.h2.result.ResultInterface"));
    assertTrue(UncheckedFailures.failsUnchecked("org/h2/command/CommandInterface"));
    assertTrue(UncheckedFailures.failsUnchecked("org.hibernate.Session"));
    assertTrue(UncheckedFailures.failsUnchecked("redis.clients.jedis.Connection"));
    assertFalse(UncheckedFailures.failsUnchecked("redis.clients.jedisx.Connection"));
    assertFalse(UncheckedFailures.failsUnchecked("org.h2x.Foo"), "a package, not a prefix");
    assertFalse(UncheckedFailures.failsUnchecked("java.util.List"));
    assertFalse(UncheckedFailures.failsUnchecked("org.springframework.context.ApplicationContext"));
  }
}
