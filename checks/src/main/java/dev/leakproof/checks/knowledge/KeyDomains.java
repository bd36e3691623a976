package dev.leakproof.checks.knowledge;

import java.util.Map;
import java.util.Optional;

/**
 * Key types of a long-lived map or set, judged by one question: can a program make a new value
 * of the type from the data it processes? A type whose values the JVM or the machine fixes is
 * CLOSED: a map keyed by it holds at most that many entries whatever passes through the program
 * ({@code StaticCacheModel.keyedByClosedDomain}; enums are closed too, and the engines tell those
 * from the type itself). A type that looks like a small set but is not is listed OPEN with the
 * reason, so that nobody adds it as closed: a cache keyed by it grows with its input.
 *
 * <p>Closed (JDK javadoc and JLS, Java SE 8 to 21):
 *
 * <ul>
 *   <li>{@code java.nio.file.FileStore}: "Storage for files. A FileStore represents a storage
 *       pool, device, partition, volume, concrete file system or other implementation specific
 *       means of file storage"; {@code Files.getFileStore(path)} gives the store the file is on,
 *       so one value per mounted file system.
 *   <li>{@code java.nio.charset.Charset}: {@code Charset.forName} throws {@code
 *       UnsupportedCharsetException} "if no support for the named charset is available in this
 *       instance of the Java virtual machine"; the values are those of {@code
 *       availableCharsets()}, whatever name (alias) the input spells.
 *   <li>{@code java.lang.Boolean}: two values. {@code java.lang.Byte}: 256 (JLS 4.2.1, {@code
 *       byte} is -128 to 127).
 * </ul>
 *
 * <p>Open, each checked against its source (stop 34, bench/unseen-review.md):
 *
 * <ul>
 *   <li>{@code java.util.Locale}: {@code Locale.forLanguageTag} makes a locale of any well-formed
 *       BCP 47 tag, private-use subtags included ({@code en-x-v1}, {@code en-x-v2}, …), and a
 *       server's request locale comes from the client's {@code Accept-Language}. The JDK's own
 *       locale cache ({@code Locale.LocaleCache}) holds its keys through references the collector
 *       may clear ({@code ReferencedKeyMap}), not strongly. Joda-Time's {@code GJLocaleSymbols}
 *       cache kept 20,000 entries (76 MB) after formatting once in each of 20,000 private-use
 *       locales (joda-time 2.12.7).
 *   <li>{@code java.util.TimeZone}: any id with any rules, {@code new SimpleTimeZone(offset,
 *       id)}. {@code java.time.ZoneId}: besides the region ids, an offset id with a prefix
 *       ({@code "UTC+00:00:01"}: "If the zone ID starts with 'UTC+', 'UTC-', 'GMT+', 'GMT-',
 *       'UT+' or 'UT-' then the ID is a prefixed offset-based ID"), to the second; jsoniter-scala
 *       issue #491 ("ZoneId cache … has no eviction strategy … vulnerable in case of malicious
 *       input with a lot of odd ZoneId values like UTC+00:00:01") was fixed as a bug. {@code
 *       java.time.ZoneOffset}: 129,601 offsets to the second, and its own cache keeps only
 *       whole quarter hours ({@code ofTotalSeconds}). {@code org.joda.time.DateTimeZone}: {@code
 *       forOffsetMillis} makes one zone per millisecond offset (172,799,999), and {@code
 *       DateTime.parse("…+00:00:00.001")} (the ISO parser with {@code withOffsetParsed()}) does
 *       it from text: 100,000 such strings left 100,000 {@code ISOChronology} cache entries
 *       (170 MB).
 *   <li>{@code java.lang.Class}: one value per class of every loader, and loaders and classes
 *       are made at run time (proxies, lambdas, scripting engines, redeployed applications); a
 *       strong key pins its class loader, the leak the rule page describes for application
 *       servers.
 * </ul>
 */
public final class KeyDomains {
  private KeyDomains() {}

  /** Whether a key type can be grown from a program's input, and why. */
  public record Domain(boolean closed, String why) {}

  private static final Map<String, Domain> TABLE = Map.of(
      "java.nio.file.FileStore", closed("one per mounted file system"),
      "java.nio.charset.Charset", closed("the charsets this JVM supports"),
      "java.lang.Boolean", closed("two values"),
      "java.lang.Byte", closed("256 values"),
      "java.util.Locale", open("any well-formed BCP 47 tag makes a locale"),
      "java.util.TimeZone", open("any id with any rules (SimpleTimeZone)"),
      "java.time.ZoneId", open("prefixed offset ids to the second (UTC+00:00:01)"),
      "java.time.ZoneOffset", open("129,601 offsets to the second"),
      "org.joda.time.DateTimeZone", open("one fixed zone per millisecond offset, from parsed text"),
      "java.lang.Class", open("classes and loaders are made at run time"));

  private static Domain closed(String why) {
    return new Domain(true, why);
  }

  private static Domain open(String why) {
    return new Domain(false, why);
  }

  /** What the table says of {@code type} (a fully qualified name), if anything. */
  public static Optional<Domain> of(String type) {
    return Optional.ofNullable(TABLE.get(type));
  }

  /** Whether {@code type} (a fully qualified name) is a JDK type with a closed set of values. */
  public static boolean isClosed(String type) {
    return of(type).map(Domain::closed).orElse(false);
  }
}
