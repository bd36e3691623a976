package cases.threadlocal;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Silent: the library's own per-thread formatter, as Jetty's {@code DateGenerator} and
 * {@code DateParser} keep one per thread. The value is an instance of the class that declares the
 * thread-local (or of a static class nested in it), so it is loaded with the thread-local's own
 * class and ties no other class loader to the thread; and its state is bounded: JDK values that
 * pin nothing (a calendar, an array of formats) and a buffer it empties for each use. One small
 * object per thread, deliberately, like a per-thread {@code SimpleDateFormat}.
 */
class OwnFormatterPerThread {
  private static final ThreadLocal<OwnFormatterPerThread> GENERATOR =
      new ThreadLocal<OwnFormatterPerThread>() {
        @Override
        protected OwnFormatterPerThread initialValue() {
          return new OwnFormatterPerThread();
        }
      };

  private static final ThreadLocal<Parser> PARSER = ThreadLocal.withInitial(Parser::new);

  static String formatDate(long millis) {
    return GENERATOR.get().format(millis);
  }

  static long parseDate(String text) {
    return PARSER.get().parse(text);
  }

  private final StringBuilder buf = new StringBuilder(32);
  private final GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("GMT"));

  private String format(long millis) {
    buf.setLength(0);
    calendar.setTimeInMillis(millis);
    buf.append(calendar.get(Calendar.YEAR)).append('-').append(calendar.get(Calendar.MONTH) + 1);
    return buf.toString();
  }

  static final class Parser {
    private static final String[] PATTERNS = {"EEE, dd MMM yyyy HH:mm:ss zzz", "dd MMM yyyy"};

    final SimpleDateFormat[] formats = new SimpleDateFormat[PATTERNS.length];

    long parse(String text) {
      for (int i = 0; i < formats.length; i++) {
        if (formats[i] == null) {
          formats[i] = new SimpleDateFormat(PATTERNS[i], Locale.US);
        }
        try {
          return formats[i].parse(text).getTime();
        } catch (ParseException e) {
          // try the next pattern
        }
      }
      return -1;
    }
  }
}
