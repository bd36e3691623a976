import edu.umd.cs.findbugs.FindBugs;
import edu.umd.cs.findbugs.FindBugs2;
import edu.umd.cs.findbugs.TextUICommandLine;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Runs SpotBugs on the leaking class of each side of the real-leak pairs, in one JVM (run with
 * SpotBugs on the class path, as a single-file program: java -cp SPOTBUGS SpotBugsPairs.java).
 *
 * <p>stdin, one job a line: key, artifact (groupId:artifactId), version, the binary jar, the
 * folder holding the leaking class's .class files (its package path included), its outer class
 * name, and extra aux class path (':'-joined, may be empty). Jobs are packed into as few SpotBugs
 * runs as possible: a run never holds two versions of one artifact nor one class twice, so every
 * class is analysed against the jar it was released in. A JVM per job would cost the machine an
 * hour; a run per batch costs minutes.
 *
 * <p>Arguments: the Leakproof plugin jar, the output folder (batch-N.xml reports), and the
 * detectors to run (comma-separated, SpotBugs' -visitors). stdout, one finding a line: key, bug
 * type, line of its primary source line. stderr: one line per batch.
 */
public class SpotBugsPairs {
  record Job(String key, String artifact, String version, String jar, String classes,
      String outerClass, String aux) {}

  public static void main(String[] args) throws Exception {
    String plugin = args[0];
    Path out = Path.of(args[1]);
    String visitors = args[2];
    List<Job> jobs = new ArrayList<>();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank()) continue;
      String[] c = line.split("\t", -1);
      jobs.add(new Job(c[0], c[1], c[2], c[3], c[4], c[5], c.length > 6 ? c[6] : ""));
    }
    List<List<Job>> batches = pack(jobs);
    PrintStream stdout = System.out;
    for (int i = 0; i < batches.size(); i++) {
      List<Job> batch = batches.get(i);
      Path xml = out.resolve("batch-" + (i + 1) + ".xml");
      Set<String> aux = new LinkedHashSet<>();
      List<String> targets = new ArrayList<>();
      Map<String, String> keyOfClass = new LinkedHashMap<>();
      for (Job j : batch) {
        aux.add(j.jar());
        if (!j.aux().isEmpty()) aux.addAll(List.of(j.aux().split(":")));
        targets.add(j.classes());
        keyOfClass.put(j.outerClass(), j.key());
      }
      List<String> sbArgs = new ArrayList<>();
      // The plugin is loaded once per JVM; later runs find it registered already.
      if (i == 0) sbArgs.addAll(List.of("-pluginList", plugin));
      sbArgs.addAll(List.of("-effort:default", "-low", "-noClassOk", "-quiet", "-visitors", visitors,
          "-auxclasspath", String.join(File.pathSeparator, aux), "-xml:withMessages=" + xml));
      sbArgs.addAll(targets);
      long start = System.nanoTime();
      try (FindBugs2 findBugs = new FindBugs2()) {
        TextUICommandLine commandLine = new TextUICommandLine();
        FindBugs.processCommandLine(commandLine, sbArgs.toArray(new String[0]), findBugs);
        FindBugs.runMain(findBugs, commandLine);
        System.setOut(stdout); // SpotBugs may redirect it
        report(xml, keyOfClass);
        System.err.printf("batch %d/%d: %d classes, %.0f s%n", i + 1, batches.size(), batch.size(),
            (System.nanoTime() - start) / 1e9);
      } catch (Exception | LinkageError e) {
        // One failing batch must not lose the others: its jobs count as not analysed.
        System.setOut(stdout);
        System.err.printf("batch %d/%d FAILED (%s): %s%n", i + 1, batches.size(), e,
            batch.stream().map(Job::key).toList());
      }
    }
  }

  /** First-fit packing: a job joins the first batch with neither its artifact nor its class. */
  static List<List<Job>> pack(List<Job> jobs) {
    List<List<Job>> batches = new ArrayList<>();
    List<Map<String, String>> versions = new ArrayList<>();
    List<Set<String>> classes = new ArrayList<>();
    for (Job job : jobs) {
      int i = 0;
      for (; i < batches.size(); i++) {
        String v = versions.get(i).get(job.artifact());
        if ((v == null || v.equals(job.version())) && !classes.get(i).contains(job.outerClass())) break;
      }
      if (i == batches.size()) {
        batches.add(new ArrayList<>());
        versions.add(new LinkedHashMap<>());
        classes.add(new LinkedHashSet<>());
      }
      batches.get(i).add(job);
      versions.get(i).put(job.artifact(), job.version());
      classes.get(i).add(job.outerClass());
    }
    return batches;
  }

  /** Prints "key TAB type TAB line" for every finding of the report. */
  static void report(Path xml, Map<String, String> keyOfClass) throws Exception {
    if (!Files.exists(xml)) return;
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    var bugs = doc.getElementsByTagName("BugInstance");
    for (int i = 0; i < bugs.getLength(); i++) {
      Element bug = (Element) bugs.item(i);
      Element cls = firstChild(bug, "Class");
      if (cls == null) continue;
      String name = cls.getAttribute("classname");
      int dollar = name.indexOf('$');
      String key = keyOfClass.get(dollar < 0 ? name : name.substring(0, dollar));
      if (key == null) continue;
      Element line = primaryLine(bug);
      if (line == null || line.getAttribute("start").isEmpty()) continue;
      System.out.println(key + "\t" + bug.getAttribute("type") + "\t" + line.getAttribute("start"));
    }
  }

  /** The bug's own source line (primary="true" first), else its method's. */
  static Element primaryLine(Element bug) {
    Element first = null;
    for (Node n = bug.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals("SourceLine")) {
        if (e.getAttribute("primary").equals("true")) return e;
        if (first == null) first = e;
      }
    }
    if (first != null) return first;
    Element method = firstChild(bug, "Method");
    return method == null ? null : firstChild(method, "SourceLine");
  }

  static Element firstChild(Element parent, String tag) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) return e;
    }
    return null;
  }
}
