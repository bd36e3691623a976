package cases.staticcache;

import java.text.DateFormatSymbols;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Flagged: one entry per locale a caller formats in (Joda-Time's {@code GJLocaleSymbols}). A
 * locale is not a closed set: {@code Locale.forLanguageTag} makes one of any well-formed tag, and a
 * server's request locale is the client's {@code Accept-Language}, so a client that sends
 * {@code en-x-v1}, {@code en-x-v2}, … adds an entry per request.
 */
class LocaleKeyedCacheGrows {
  private static final ConcurrentMap<Locale, DateFormatSymbols> SYMBOLS = new ConcurrentHashMap<>(); // expect: UnboundedStaticCache

  static DateFormatSymbols symbols(Locale locale) {
    DateFormatSymbols symbols = SYMBOLS.get(locale);
    if (symbols == null) {
      symbols = DateFormatSymbols.getInstance(locale);
      DateFormatSymbols earlier = SYMBOLS.putIfAbsent(locale, symbols);
      if (earlier != null) {
        symbols = earlier;
      }
    }
    return symbols;
  }
}
