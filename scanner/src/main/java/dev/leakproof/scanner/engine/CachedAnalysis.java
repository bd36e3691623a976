package dev.leakproof.scanner.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A scan through a {@link ResultCache}: files whose cached result still holds are not analysed
 * again; the others are, and the cache is rewritten with every file's result. Results equal
 * those of a scan without the cache (ScanCacheTest).
 */
final class CachedAnalysis {
  private CachedAnalysis() {}

  /**
   * The outcomes of {@code files} (paths shown by {@code relative}), analysing only those the
   * cache at {@code cacheFile} cannot answer with {@code analyse}; problems with the cache go
   * to {@code warnings}, one line each.
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

    String[] hashes = new String[files.size()];
    Map<String, String> current = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      hashes[i] = hashOf(files.get(i));
      if (hashes[i] != null) {
        current.put(relative.apply(files.get(i)), hashes[i]);
      }
    }
    // Any source added, removed or changed may change what the solver finds for any file.
    boolean treeChanged = !current.equals(cache.hashes());

    FileAnalyser.Outcome[] outcomes = new FileAnalyser.Outcome[files.size()];
    List<Integer> stale = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      ResultCache.Entry entry = cache.get(relative.apply(files.get(i)));
      if (entry != null && hashes[i] != null && entry.hash().equals(hashes[i])
          && (!entry.usedSolver() || !treeChanged)) {
        outcomes[i] = entry.outcome();
        fileDone.run();
      } else {
        stale.add(i);
      }
    }
    FileAnalyser.Outcome[] fresh = analyse.apply(stale.stream().map(files::get).toList());
    for (int j = 0; j < stale.size(); j++) {
      outcomes[stale.get(j)] = fresh[j];
    }

    Map<String, ResultCache.Entry> entries = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      // Files not analysed (unreadable, over budget) are tried again next time.
      if (hashes[i] != null && outcomes[i].analysed()) {
        entries.put(relative.apply(files.get(i)),
            new ResultCache.Entry(hashes[i], outcomes[i].usedSolver(), outcomes[i]));
      }
    }
    try {
      cache.save(cacheFile, entries);
    } catch (IOException | RuntimeException e) {
      warnings.accept("leakproof: cannot write the scan cache " + cacheFile + ": " + e);
    }
    return outcomes;
  }

  private static String hashOf(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > SourceText.MAX_BYTES) {
        return null;
      }
      return ResultCache.hash(Files.readAllBytes(file));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
