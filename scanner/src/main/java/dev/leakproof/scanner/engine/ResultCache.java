package dev.leakproof.scanner.engine;

import dev.leakproof.checks.catalog.BuildInfo;
import dev.leakproof.checks.catalog.Rule;
import dev.leakproof.checks.catalog.Severity;
import dev.leakproof.checks.finding.Finding;
import dev.leakproof.checks.finding.Fix;
import dev.leakproof.checks.finding.Notification;
import dev.leakproof.checks.finding.Region;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Per-file results of the last scan, so that a re-scan analyses only what changed
 * ({@code leakproof scan --cache FILE}). Trusted only when everything a file's results depend
 * on is the same: its content (SHA-256; a file whose size and modification time are those its
 * entry's {@link Stamp} recorded is taken as unchanged unread), the Leakproof version and JDK, the rules and their
 * severities, and the class path's jars (path, size, modification time) — together the
 * cache's key — and the other source files its analysis read through the symbol solver, as
 * {@link CachedAnalysis} decides from what each entry records.
 *
 * <p>A cache file that is unreadable, corrupt, of another format or for another key is not
 * used: {@link #load} says why in one line, and the scan starts afresh.
 */
final class ResultCache {
  private static final String MAGIC = "leakproof-scan-cache";
  private static final int FORMAT = 4;

  /**
   * One file's cached result: its content's hash; the top-level type names it declares (null
   * when its text was too odd to tell; see {@link SourceRootTypeSolver#topLevelNames}), joined
   * by commas in order; its code's and outline's fingerprints ({@link SourceOutline}), null
   * when no analysis read the file; whether its analysis asked the symbol solver, and then which
   * source files (shown relative to the scan root) that may have read, empty when that is
   * unknown, and of which it read bodies too.
   */
  record Entry(String hash, Stamp stamp, String declares, SourceOutline.Fingerprints shape,
      boolean usedSolver, Optional<List<String>> reads, List<String> bodyReads,
      FileAnalyser.Outcome outcome) {}

  /**
   * A file's size and modification time (milliseconds) when it was hashed, kept only when that
   * time was older than the scan by a margin ({@link CachedAnalysis}): a later scan that finds
   * both unchanged takes the recorded hash without reading the file, as git's index does. Null:
   * hash the file again.
   */
  record Stamp(long size, long modified) {}

  private final String key;
  private final Map<String, Entry> entries;

  private ResultCache(String key, Map<String, Entry> entries) {
    this.key = key;
    this.entries = entries;
  }

  /** An empty cache for {@code key}. */
  static ResultCache empty(String key) {
    return new ResultCache(key, new HashMap<>());
  }

  /** Loaded from {@code file}, or the reason it cannot be used. */
  record Loaded(ResultCache cache, String problem) {}

  static Loaded load(Path file, String key) {
    if (!Files.exists(file)) {
      return new Loaded(empty(key), null); // the first scan: nothing to say
    }
    try {
      // Read at once and taken apart in memory: through a buffered stream, reading a cache of the
      // nine bench libraries was a fifth of a re-scan's main thread, under the interpreter.
      CacheInput in = new CacheInput(ByteBuffer.wrap(Files.readAllBytes(file)));
      if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
        return new Loaded(empty(key), "not a Leakproof scan cache of this format");
      }
      if (!key.equals(readString(in))) {
        return new Loaded(empty(key), "made by another Leakproof version, JDK, rule selection"
            + " or class path");
      }
      String[] paths = new String[in.readCount()];
      for (int i = 0; i < paths.length; i++) {
        paths[i] = readString(in);
      }
      int count = in.readInt();
      Map<String, Entry> entries = new HashMap<>();
      for (int i = 0; i < count; i++) {
        String path = paths[in.readInt()];
        String hash = readString(in);
        Stamp stamp = in.readBoolean() ? new Stamp(in.readLong(), in.readLong()) : null;
        String declares = in.readBoolean() ? readString(in) : null;
        SourceOutline.Fingerprints shape = in.readBoolean()
            ? new SourceOutline.Fingerprints(readString(in), readString(in)) : null;
        boolean usedSolver = in.readBoolean();
        Optional<List<String>> reads = Optional.empty();
        if (in.readBoolean()) {
          reads = Optional.of(readPaths(in, paths));
        }
        List<String> bodyReads = readPaths(in, paths);
        entries.put(path, new Entry(hash, stamp, declares, shape, usedSolver, reads, bodyReads,
            readOutcome(in)));
      }
      if (in.hasRemaining()) {
        return new Loaded(empty(key), "corrupt (data after its end)");
      }
      return new Loaded(new ResultCache(key, entries), null);
    } catch (IOException | RuntimeException e) {
      return new Loaded(empty(key), "corrupt or unreadable (" + e.getClass().getSimpleName()
          + ")");
    }
  }

  /**
   * The key of a scan: everything besides a file's own content and its neighbours that its
   * results depend on.
   */
  static String key(List<SourceRule> rules, ClassPath classPath) {
    StringBuilder key = new StringBuilder(BuildInfo.VERSION).append('\n')
        .append(Runtime.version()).append('\n');
    for (SourceRule rule : rules) {
      key.append(rule.rule() == null ? "?" : rule.rule().ruleName() + ":"
          + rule.rule().severity()).append(',');
    }
    key.append('\n');
    for (Path jar : classPath.jars()) {
      key.append(jar.toAbsolutePath());
      try {
        key.append(' ').append(Files.size(jar)).append(' ')
            .append(Files.getLastModifiedTime(jar).toMillis());
      } catch (IOException e) {
        key.append(" missing");
      }
      key.append('\n');
    }
    return key.toString();
  }

  /** The SHA-256 of a file's bytes, in hex. */
  static String hash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  Entry get(String path) {
    return entries.get(path);
  }

  /** The path of every file the cache knows. */
  Set<String> paths() {
    return entries.keySet();
  }

  /** Writes {@code entries} under this cache's key, replacing {@code file} at once. */
  void save(Path file, Map<String, Entry> newEntries) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path temporary = Files.createTempFile(parent, ".leakproof-cache", ".tmp");
    try {
      CacheOutput out = new CacheOutput();
      out.writeUTF(MAGIC);
      out.writeInt(FORMAT);
      writeString(out, key);
      // Every path once, then by number: the entries' reads name the same files again and again.
      Map<String, Integer> paths = new LinkedHashMap<>();
      for (Map.Entry<String, Entry> entry : newEntries.entrySet()) {
        paths.putIfAbsent(entry.getKey(), paths.size());
        entry.getValue().reads().ifPresent(reads -> reads.forEach(
            read -> paths.putIfAbsent(read, paths.size())));
        entry.getValue().bodyReads().forEach(read -> paths.putIfAbsent(read, paths.size()));
      }
      out.writeInt(paths.size());
      for (String path : paths.keySet()) {
        writeString(out, path);
      }
      out.writeInt(newEntries.size());
      for (Map.Entry<String, Entry> entry : newEntries.entrySet()) {
        out.writeInt(paths.get(entry.getKey()));
        Entry value = entry.getValue();
        writeString(out, value.hash());
        out.writeBoolean(value.stamp() != null);
        if (value.stamp() != null) {
          out.writeLong(value.stamp().size());
          out.writeLong(value.stamp().modified());
        }
        out.writeBoolean(value.declares() != null);
        if (value.declares() != null) {
          writeString(out, value.declares());
        }
        out.writeBoolean(value.shape() != null);
        if (value.shape() != null) {
          writeString(out, value.shape().code());
          writeString(out, value.shape().outline());
        }
        out.writeBoolean(value.usedSolver());
        out.writeBoolean(value.reads().isPresent());
        if (value.reads().isPresent()) {
          writePaths(out, value.reads().get(), paths);
        }
        writePaths(out, value.bodyReads(), paths);
        writeOutcome(out, entry.getValue().outcome());
      }
      Files.write(temporary, out.bytes());
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private static void writeOutcome(CacheOutput out, FileAnalyser.Outcome outcome)
      throws IOException {
    out.writeBoolean(outcome.analysed());
    out.writeInt(outcome.internalErrors());
    out.writeInt(outcome.findings().size());
    for (Finding finding : outcome.findings()) {
      writeString(out, finding.rule().name());
      writeRegion(out, finding.region());
      writeString(out, finding.message());
      writeString(out, finding.lineText());
      writeString(out, finding.severity().name());
      out.writeInt(finding.fixes().size());
      for (Fix fix : finding.fixes()) {
        writeString(out, fix.description());
        out.writeInt(fix.replacements().size());
        for (Fix.Replacement replacement : fix.replacements()) {
          writeRegion(out, replacement.region());
          writeString(out, replacement.text());
        }
      }
    }
    out.writeInt(outcome.notifications().size());
    for (Notification notification : outcome.notifications()) {
      writeString(out, notification.level());
      writeString(out, notification.path());
      out.writeInt(notification.line());
      writeString(out, notification.message());
    }
  }

  private static FileAnalyser.Outcome readOutcome(CacheInput in) {
    boolean analysed = in.readBoolean();
    int internalErrors = in.readInt();
    List<Finding> findings = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      Rule rule = Rule.valueOf(readString(in));
      Region region = readRegion(in);
      String message = readString(in);
      String lineText = readString(in);
      Severity severity = Severity.valueOf(readString(in));
      List<Fix> fixes = new ArrayList<>();
      for (int f = in.readInt(); f > 0; f--) {
        String description = readString(in);
        List<Fix.Replacement> replacements = new ArrayList<>();
        for (int r = in.readInt(); r > 0; r--) {
          replacements.add(new Fix.Replacement(readRegion(in), readString(in)));
        }
        fixes.add(new Fix(description, replacements));
      }
      findings.add(new Finding(rule, region, message, lineText, fixes, severity));
    }
    List<Notification> notifications = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      notifications.add(new Notification(readString(in), readString(in), in.readInt(),
          readString(in)));
    }
    return new FileAnalyser.Outcome(findings, notifications, analysed, internalErrors);
  }

  private static void writeRegion(CacheOutput out, Region region) throws IOException {
    writeString(out, region.path());
    out.writeInt(region.startLine());
    out.writeInt(region.startColumn());
    out.writeInt(region.endLine());
    out.writeInt(region.endColumn());
  }

  private static Region readRegion(CacheInput in) {
    return new Region(readString(in), in.readInt(), in.readInt(), in.readInt(), in.readInt());
  }

  /** Strings of any length (writeUTF stops at 64 KiB; a line of code can be longer). */
  private static void writeString(CacheOutput out, String text) throws IOException {
    byte[] bytes = Objects.requireNonNull(text).getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static void writePaths(CacheOutput out, List<String> files,
      Map<String, Integer> numbers) throws IOException {
    out.writeInt(files.size());
    for (String file : files) {
      out.writeInt(numbers.get(file));
    }
  }

  private static List<String> readPaths(CacheInput in, String[] paths) {
    List<String> files = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      files.add(paths[in.readInt()]);
    }
    return files;
  }

  private static String readString(CacheInput in) {
    return in.readString();
  }

  /**
   * A cache file's bytes as they are written, in memory (then written at once), in {@link
   * java.io.DataOutputStream}'s layout: through a buffered stream, each number was a call into
   * it, most of the cache's writing under the interpreter.
   */
  private static final class CacheOutput {
    private ByteBuffer bytes = ByteBuffer.allocate(1 << 16);

    void writeInt(int value) {
      room(4).putInt(value);
    }

    void writeLong(long value) {
      room(8).putLong(value);
    }

    void writeBoolean(boolean value) {
      room(1).put((byte) (value ? 1 : 0));
    }

    /** An ASCII text of fewer than 65,536 characters, as {@code DataOutputStream} writes it. */
    void writeUTF(String ascii) {
      byte[] text = ascii.getBytes(StandardCharsets.US_ASCII);
      room(2 + text.length).putShort((short) text.length).put(text);
    }

    void write(byte[] value) {
      room(value.length).put(value);
    }

    private ByteBuffer room(int needed) {
      if (bytes.remaining() < needed) {
        ByteBuffer larger = ByteBuffer.allocate(Math.max(2 * bytes.capacity(),
            bytes.position() + needed));
        bytes.flip();
        bytes = larger.put(bytes);
      }
      return bytes;
    }

    byte[] bytes() {
      return Arrays.copyOf(bytes.array(), bytes.position());
    }
  }

  /**
   * A cache file's bytes, read as {@link CacheOutput} wrote them; past the end or a
   * negative length is a {@link RuntimeException}, which {@link #load} takes for a corrupt file.
   */
  private static final class CacheInput {
    private final ByteBuffer bytes;

    CacheInput(ByteBuffer bytes) {
      this.bytes = bytes;
    }

    int readInt() {
      return bytes.getInt();
    }

    /** A count of things of four bytes or more each: no more than the bytes left can hold. */
    int readCount() {
      int count = bytes.getInt();
      if (count < 0 || count > bytes.remaining() / 4) {
        throw new IllegalStateException("bad count " + count);
      }
      return count;
    }

    long readLong() {
      return bytes.getLong();
    }

    boolean readBoolean() {
      return bytes.get() != 0;
    }

    /** What {@link CacheOutput#writeUTF} wrote. */
    String readUTF() {
      return text(Short.toUnsignedInt(bytes.getShort()));
    }

    String readString() {
      return text(bytes.getInt());
    }

    private String text(int length) {
      if (length < 0 || length > bytes.remaining()) {
        throw new IllegalStateException("bad length " + length);
      }
      String text = new String(bytes.array(), bytes.position(), length, StandardCharsets.UTF_8);
      bytes.position(bytes.position() + length);
      return text;
    }

    boolean hasRemaining() {
      return bytes.hasRemaining();
    }
  }
}
