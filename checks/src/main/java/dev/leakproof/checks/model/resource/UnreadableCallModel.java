package dev.leakproof.checks.model.resource;

import dev.leakproof.checks.knowledge.ResourceApis;
import java.util.List;
import java.util.Locale;

/**
 * Whether code the engine cannot read (a method of another file, a library method no table
 * knows, a call the solver cannot resolve) only borrows a resource passed to it, from the shape
 * of the call alone. The caller then still owns the resource and must close it: {@code
 * JSON.parse(in)}, {@code IOUtil.readFully(stream, buf)}, {@code new Reader().read(this, in)},
 * {@code keyContent = Utils.readString(is)}.
 *
 * <p>A call borrows when everything the engine sees says the callee uses the resource and is
 * done with it when it returns:
 *
 * <ul>
 *   <li>it is a method, not a constructor: a constructor of a {@code Closeable} is a wrapper, and
 *       one of a plain class ({@code new Dumper(in)}) usually stores what it is given;
 *   <li>its receiver is no resource itself ({@code zip.putEntry(in)}, {@code sequence.add(in)}
 *       may keep it for the receiver's own life);
 *   <li>its name does not say it keeps, closes or hands the value on ({@link #keepsByName}:
 *       {@code setInput}, {@code register}, {@code wrap}, {@code of}, {@code submit}, {@code
 *       release}, {@code closeSilently}, {@code newReader}, {@code openChannel}; a creating name
 *       such as {@code createParser(in)} or {@code createTemplate(reader)} is judged by its
 *       result, which tells a parser that keeps the stream from a template read from it);
 *   <li>its result cannot carry the resource: dropped or void, a primitive, an array, a type
 *       known not to be {@code AutoCloseable}, or a type the engine cannot resolve whose name
 *       does not look like a resource ({@code JsonObject}, not {@code PeekReader}). A result
 *       the engine cannot type at all (used as a receiver or an argument of another call) may
 *       be the resource itself, wrapped.
 * </ul>
 *
 * A holder built and used once in one statement, {@code new Archive(in, out).unpack();}, also
 * borrows when that one call does: nothing refers to the holder afterwards, so nothing it
 * stored outlives the statement.
 */
public final class UnreadableCallModel {
  private UnreadableCallModel() {}

  /** How the callee is reached. */
  public enum Callee {
    /** A static method, or an instance method of a receiver that is not a resource. */
    METHOD,
    /** An instance method of a receiver that is (or may be) a resource itself. */
    METHOD_OF_RESOURCE,
    /** {@code new T(…, resource, …)}, kept or used later. */
    CONSTRUCTOR,
    /**
     * {@code new T(…, resource, …).m(…)} as the whole use of the new object: {@code name} and
     * {@code result} describe that one call {@code m}.
     */
    HOLDER_USED_ONCE
  }

  /** What becomes of the call's result. */
  public enum Result {
    /** Dropped (the call is a statement) or void. */
    NONE,
    /** A primitive, an array, or a type resolved and not {@code AutoCloseable}. */
    PLAIN,
    /**
     * A type resolved and {@code AutoCloseable}, or with a {@code close()} method of its own
     * ({@code XMLStreamWriter}): the resource may live on inside it.
     */
    CLOSEABLE,
    /** A type the engine could not resolve, known by its simple name only. */
    NAMED,
    /** Used where the engine cannot tell its type (a receiver, another call's argument). */
    UNKNOWN
  }

  /**
   * The call as the engine sees it.
   *
   * @param callee how it is reached
   * @param name the method's simple name (for {@link Callee#HOLDER_USED_ONCE}: the one call on
   *     the holder); for a constructor, the class's simple name
   * @param result what becomes of its result
   * @param resultType for {@link Result#NAMED}: the type's simple name as written; else ignored
   * @param receiverType the receiver's type as far as the engine knows it (qualified or simple),
   *     or null (a static call of an unknown class, a receiver the engine cannot type)
   */
  public record Call(Callee callee, String name, Result result, String resultType,
      String receiverType) {

    /** A call whose receiver's type the engine does not know or that has none. */
    public Call(Callee callee, String name, Result result, String resultType) {
      this(callee, name, result, resultType, null);
    }
  }

  /** Whether {@code call} only borrows the resource it is given: the caller must still close it. */
  public static boolean borrows(Call call) {
    if (call.callee() == Callee.CONSTRUCTOR || call.callee() == Callee.METHOD_OF_RESOURCE
        || call.name() == null || keepsByName(call.name())
        || closesWhatItReads(call.receiverType(), call.name())) {
      return false;
    }
    return switch (call.result()) {
      case NONE, PLAIN -> true;
      case NAMED -> !mayHoldResource(call.resultType());
      case CLOSEABLE, UNKNOWN -> false;
    };
  }

  /**
   * Library methods that close the stream they read when they are done, by their receiver's
   * simple name: handing them a stream is handing it over.
   *
   * <ul>
   *   <li>Jackson {@code ObjectMapper}/{@code ObjectReader} {@code readValue}, {@code readTree}:
   *       they read through a parser closed in a {@code try}-with-resources ({@code
   *       _readMapAndClose}), and {@code JsonParser.Feature.AUTO_CLOSE_SOURCE}, enabled by
   *       default, makes closing the parser close the source stream (jackson-core 2.x {@code
   *       JsonParser.Feature} javadoc: "Feature that determines whether parser will
   *       automatically close underlying input source that is NOT owned by the parser ...
   *       Feature is enabled by default").
   *   <li>JAXP {@code DocumentBuilder.parse}, {@code SAXParser.parse}: the JDK's Xerces closes
   *       every entity's stream when parsing ends, normally or not ({@code
   *       XML11Configuration.parse} calls {@code cleanup()}, which closes the entity readers,
   *       in a {@code finally}).
   * </ul>
   */
  private static final java.util.Map<String, java.util.Set<String>> CLOSING_READERS =
      java.util.Map.of(
          "ObjectMapper", java.util.Set.of("readValue", "readTree"),
          "ObjectReader", java.util.Set.of("readValue", "readTree"),
          "DocumentBuilder", java.util.Set.of("parse"),
          "SAXParser", java.util.Set.of("parse"));

  /** Whether {@code receiverType.name(…)} is known to close the stream it is given. */
  static boolean closesWhatItReads(String receiverType, String name) {
    return receiverType != null && CLOSING_READERS
        .getOrDefault(UnclosedResourceModel.simpleName(receiverType), java.util.Set.of())
        .contains(name);
  }

  /**
   * Name prefixes of methods that keep what they are given ({@code setInput}, {@code
   * addStream}, {@code register}, {@code withBody}, {@code Channels.newReader}), hand it to
   * another thread or owner ({@code submit}, {@code execute}, {@code handle}, {@code start}),
   * or close it ({@code release}, {@code dispose}, {@code closeSilently}, {@code cleanup}).
   */
  private static final List<String> KEEPING_PREFIXES = List.of(
      "set", "add", "put", "register", "with", "attach", "wrap", "of", "push", "offer", "enqueue",
      "insert", "append", "store", "keep", "hold", "own", "adopt", "track", "manage", "bind",
      "listen", "accept", "serve", "handle", "dispatch", "submit", "execute", "schedule", "start",
      "spawn", "fork", "async", "new", "open", "init",
      "install", "assign", "associate", "link", "connect", "pipe", "chain", "buffer",
      "decorate", "return", "release", "dispose", "clean", "free", "destroy", "close",
      "shutdown", "finish", "recycle", "discard", "abort", "terminate", "end", "complete");

  /**
   * Words that may appear inside a name and say the same ({@code IOUtil.closeSilently}, {@code
   * Streams.safeClose}, {@code pool.returnObject}, {@code wrapStream}).
   */
  private static final List<String> KEEPING_WORDS =
      List.of("close", "release", "dispose", "wrap", "register", "cache", "pool", "owner");

  /**
   * Whether the method's name says it keeps, hands on or closes what it is given. Leading
   * underscores are a naming convention, not part of the word: generated delegators store their
   * argument through a private {@code __setInner(inner)} (c3p0's {@code FilterResultSet}, made
   * by mchange's {@code DelegatorGenerator}), which says what {@code setInner} says.
   */
  static boolean keepsByName(String written) {
    String name = written.replaceFirst("^_+", "");
    String lower = name.toLowerCase(Locale.ROOT);
    for (String prefix : KEEPING_PREFIXES) {
      if (name.startsWith(prefix)
          && (name.length() == prefix.length() || !Character.isLowerCase(name.charAt(prefix.length())))) {
        return true; // set, setInput; not settle, offset
      }
    }
    return KEEPING_WORDS.stream().anyMatch(lower::contains);
  }

  /**
   * Simple-name endings of types that hold a stream, file, socket or connection, for a result
   * type the engine cannot resolve: {@code PeekReader}, {@code TikaInputStream}, {@code
   * NPOIFSFileSystem}, {@code XWPFDocument}, {@code LineIterator}.
   */
  private static final List<String> RESOURCE_NAME_ENDINGS = List.of(
      "Stream", "Reader", "Writer", "Channel", "Socket", "Connection", "Statement", "ResultSet",
      "File", "FileSystem", "Closeable", "Client", "Session", "Cursor", "Source", "Sink",
      "Input", "Output", "Resource", "Resources", "Handle", "Archive", "Iterator", "Scanner",
      "Parser", "Generator", "Package", "Document", "Workbook", "Pool", "Transport", "Response",
      "Request", "Database", "Db", "Walk", "Repository", "Context", "Server", "Worker",
      "Executor", "Buffer", "Lines", "Decoder", "Encoder");

  /** Whether a result type known only by its simple name may hold the resource. */
  public static boolean mayHoldResource(String simpleName) {
    if (simpleName == null || simpleName.isEmpty()) {
      return true;
    }
    String name = UnclosedResourceModel.simpleName(simpleName);
    if (ResourceApis.isNonResourceSimpleName(name)) {
      return false; // StringWriter, ByteArrayInputStream: memory only
    }
    if (ResourceApis.knownTypeSimpleNames().contains(name)) {
      return true;
    }
    return RESOURCE_NAME_ENDINGS.stream().anyMatch(name::endsWith)
        || name.length() == 1; // a type variable: T read(in) may be anything
  }
}
