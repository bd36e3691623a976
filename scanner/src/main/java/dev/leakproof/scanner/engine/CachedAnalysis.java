package dev.leakproof.scanner.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A scan through a {@link ResultCache}: files whose cached result still holds are not analysed
 * again; the others are, and the cache is rewritten with every file's result. Results equal
 * those of a scan without the cache (ScanCacheTest).
 *
 * <p>A cached result holds when the file's content is the same and, if its analysis asked the
 * symbol solver, none of the source files that analysis may have read changed what it could
 * see of them: their {@link SourceOutline} (declarations, not comments or method bodies) for
 * every file, their whole content for the files whose bodies a rule read. That record covers
 * every file a lookup read or could have found its type in; it cannot cover a lookup that failed
 * because no file declared the name yet. So when a file is added or removed, or a changed file
 * declares other top-level type names than before (which is what the solver's search reads),
 * every result that asked the solver is analysed again: coarse, but never wrong. An edit inside
 * a method's body, the common case, re-analyses the file and the files whose rules read that
 * file's bodies (a callee's, a {@code close()} method's).
 */
final class CachedAnalysis {
  private CachedAnalysis() {}

  /**
   * A file's hash, declared names and fingerprints, and its stamp when the next scan may trust it.
   */
  private record Content(String hash, ResultCache.Stamp stamp, String declares,
      SourceOutline.Fingerprints shape) {}

  /**
   * How much older than the scan a file's modification time must be for its stamp to be kept:
   * a file written again within its file system's clock resolution of being hashed (a second
   * or two on some) could keep its size and time with another content.
   */
  private static final long SETTLED_MILLIS = 3_000;

  /**
   * The outcomes of {@code files} (paths shown by {@code relative}), analysing only those the
   * cache at {@code cacheFile} cannot answer with {@code analyse}; problems with the cache, and
   * how many files it answered for, go to {@code warnings}, one line each.
   */
  static FileAnalyser.Outcome[] outcomes(List<Path> files, Function<Path, String> relative,
      Path cacheFile, String key, Consumer<String> warnings, Runnable fileDone,
      Function<List<Path>, FileAnalyser.Outcome[]> analyse) {
    ResultCache.Loaded loaded = ResultCache.load(cacheFile, key);
    if (loaded.problem() != null) {
      warnings.accept("leakproof: ignoring the scan cache " + cacheFile + ", which is "
          + loaded.problem() + "; scanning every file");
    }
    ResultCache cache = loaded.cache();

    String[] paths = new String[files.size()];
    Content[] contents = new Content[files.size()];
    Set<String> changed = new HashSet<>();
    Set<String> codeChanged = new HashSet<>();
    Set<String> outlineChanged = new HashSet<>();
    boolean namesChanged = false;
    for (int i = 0; i < files.size(); i++) {
      paths[i] = relative.apply(files.get(i));
    }
    // Reading and hashing every file was most of a re-scan that finds little changed (SHA-256 of
    // all the sources, without the JIT's SHA intrinsics under C1): a file whose size and time
    // are those of its stamp is not read; the others are read in parallel.
    long settledBefore = System.currentTimeMillis() - SETTLED_MILLIS;
    IntStream.range(0, files.size()).parallel().forEach(i ->
        contents[i] = contentOf(files.get(i), cache.get(paths[i]), settledBefore));
    for (int i = 0; i < files.size(); i++) {
      ResultCache.Entry entry = cache.get(paths[i]);
      if (entry == null || contents[i] == null || !entry.hash().equals(contents[i].hash())) {
        changed.add(paths[i]);
        namesChanged |= entry == null || contents[i] == null || entry.declares() == null
            || !entry.declares().equals(contents[i].declares());
        SourceOutline.Fingerprints before = entry == null ? null : entry.shape();
        SourceOutline.Fingerprints now = contents[i] == null ? null : contents[i].shape();
        if (before == null || now == null || !before.code().equals(now.code())) {
          codeChanged.add(paths[i]);
        }
        if (before == null || now == null || !before.outline().equals(now.outline())) {
          outlineChanged.add(paths[i]);
        }
      }
    }
    Set<String> present = new HashSet<>(List.of(paths));
    for (String path : cache.paths()) {
      if (!present.contains(path)) {
        changed.add(path); // removed
        codeChanged.add(path);
        outlineChanged.add(path);
        namesChanged = true;
      }
    }

    FileAnalyser.Outcome[] outcomes = new FileAnalyser.Outcome[files.size()];
    List<Integer> stale = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      ResultCache.Entry entry = cache.get(paths[i]);
      // A file not analysed last time (unreadable, over its budget) is tried again.
      if (entry != null && !changed.contains(paths[i]) && entry.outcome().analysed()
          && (!entry.usedSolver() || !namesChanged && entry.reads().isPresent()
              && entry.reads().get().stream().noneMatch(outlineChanged::contains)
              && entry.bodyReads().stream().noneMatch(codeChanged::contains))) {
        outcomes[i] = entry.outcome();
        fileDone.run();
      } else {
        stale.add(i);
      }
    }
    if (stale.size() < files.size()) {
      warnings.accept("leakproof: " + (files.size() - stale.size()) + " of " + files.size()
          + " files' results still hold in the scan cache " + cacheFile + "; analysing "
          + stale.size());
    }
    FileAnalyser.Outcome[] fresh = analyse.apply(stale.stream().map(files::get).toList());
    Map<Integer, FileAnalyser.Outcome> analysed = new HashMap<>();
    for (int j = 0; j < stale.size(); j++) {
      outcomes[stale.get(j)] = fresh[j];
      analysed.put(stale.get(j), fresh[j]);
    }

    fingerprintWhatIsRead(files, paths, contents, cache, analysed, relative);
    Map<String, ResultCache.Entry> entries = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      if (contents[i] == null) {
        continue; // unreadable: a new file to the next scan
      }
      FileAnalyser.Outcome fromThisScan = analysed.get(i);
      ResultCache.Entry kept = cache.get(paths[i]);
      ResultCache.Entry entry = fromThisScan == null
          // the same content; its stamp as found now (a file touched but unchanged is stamped anew)
          ? new ResultCache.Entry(kept.hash(), contents[i].stamp(), kept.declares(),
              contents[i].shape(), kept.usedSolver(), kept.reads(), kept.bodyReads(),
              kept.outcome())
          : new ResultCache.Entry(contents[i].hash(), contents[i].stamp(), contents[i].declares(),
              contents[i].shape(), fromThisScan.usedSolver(),
              fromThisScan.reads().map(read -> shown(read, relative)),
              shown(fromThisScan.bodyReads(), relative), fromThisScan);
      entries.put(paths[i], entry);
    }
    try {
      cache.save(cacheFile, entries);
    } catch (IOException | RuntimeException e) {
      warnings.accept("leakproof: cannot write the scan cache " + cacheFile + ": " + e);
    }
    return outcomes;
  }

  /**
   * Gives {@code contents} the fingerprints they lack of every file some result depends on, read
   * now and kept only if the file's hash is still the one the scan began with (what its readers
   * read). A file that no analysis read needs none (about nine in ten with the text prefilter):
   * if a later analysis reads it, its first edit after that counts as changing everything.
   */
  private static void fingerprintWhatIsRead(List<Path> files, String[] paths,
      Content[] contents, ResultCache cache, Map<Integer, FileAnalyser.Outcome> analysed,
      Function<Path, String> relative) {
    Set<String> read = new HashSet<>();
    for (int i = 0; i < files.size(); i++) {
      FileAnalyser.Outcome fromThisScan = analysed.get(i);
      if (fromThisScan != null) {
        fromThisScan.reads().ifPresent(reads -> reads.forEach(r -> read.add(relative.apply(r))));
        fromThisScan.bodyReads().forEach(r -> read.add(relative.apply(r)));
      } else if (cache.get(paths[i]) != null) {
        cache.get(paths[i]).reads().ifPresent(read::addAll);
        read.addAll(cache.get(paths[i]).bodyReads());
      }
    }
    IntStream.range(0, files.size()).parallel()
        .filter(i -> contents[i] != null && contents[i].shape() == null && read.contains(paths[i]))
        .forEach(i -> contents[i] = withFingerprints(files.get(i), contents[i]));
  }

  private static Content withFingerprints(Path file, Content content) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (!ResultCache.hash(bytes).equals(content.hash())) {
        return content; // changed while it was scanned: not known
      }
      return new Content(content.hash(), content.stamp(), content.declares(),
          SourceOutline.of(new String(bytes, StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      return content;
    }
  }

  /** {@code files} as the cache shows them: relative to the scan root, sorted. */
  private static List<String> shown(Set<Path> files, Function<Path, String> relative) {
    return files.stream().map(relative).sorted().toList();
  }

  /**
   * The file's hash, declared names and fingerprints (null: not known); all are taken from
   * {@code cached} when the file's size and modification time are those of its stamp, the names
   * and fingerprints also when the hash is the same (they depend on the content alone). The
   * stamp is taken before the file is read, so a write during the read leaves a time the next
   * scan does not trust; it is kept only for a time before {@code settledBefore}. Null when the
   * file cannot be read.
   */
  private static Content contentOf(Path file, ResultCache.Entry cached, long settledBefore) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attributes.isRegularFile() || attributes.size() > SourceText.MAX_BYTES) {
        return null;
      }
      long modified = attributes.lastModifiedTime().toMillis();
      ResultCache.Stamp stamp = modified < settledBefore
          ? new ResultCache.Stamp(attributes.size(), modified) : null;
      if (cached != null && stamp != null && stamp.equals(cached.stamp())) {
        return new Content(cached.hash(), stamp, cached.declares(), cached.shape());
      }
      byte[] bytes = Files.readAllBytes(file);
      String hash = ResultCache.hash(bytes);
      if (cached != null && cached.hash().equals(hash)) {
        return new Content(hash, stamp, cached.declares(), cached.shape());
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      Set<String> names = SourceRootTypeSolver.topLevelNames(text);
      // Fingerprinted now only when a file read it before (its old fingerprints are known): they
      // say which of its readers may keep their results.
      return new Content(hash, stamp,
          names == null ? null : String.join(",", new TreeSet<>(names)),
          cached != null && cached.shape() != null ? SourceOutline.of(text) : null);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
