import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * How much of a recorded run was spent inside one package: reads a JFR recording's execution
 * samples and counts those with a frame of {@code prefix} anywhere on the stack (inclusive time),
 * per outermost such frame (the entry point: a check's matcher).
 *
 * <p>A/B timing of whole compiles on a 2-core machine swings by ±10%; sampling attributes the
 * cost directly, in the same run, so a 1% cost is visible under that noise.
 *
 *   java SampleShare.java RECORDING.jfr PREFIX
 */
public final class SampleShare {
  public static void main(String[] args) throws Exception {
    String prefix = args[1];
    int total = 0;
    int inside = 0;
    Map<String, Integer> byEntry = new TreeMap<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null) {
        continue;
      }
      total++;
      String entry = null;
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      for (RecordedFrame frame : frames) { // innermost first: the last match is the outermost
        if (frame.getMethod() != null && frame.getMethod().getType().getName().startsWith(prefix)) {
          entry = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
        }
      }
      if (entry != null) {
        inside++;
        byEntry.merge(entry, 1, Integer::sum);
      }
    }
    if (hasSamples(total)) {
      System.out.printf("%d of %d execution samples (%.1f%%) have a %s frame on the stack%n",
          inside, total, 100.0 * inside / total, prefix);
      byEntry.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .forEach(e -> System.out.printf("  %5d  %s%n", e.getValue(), e.getKey()));
    }
  }

  private static boolean hasSamples(int total) {
    if (total == 0) {
      System.out.println("no execution samples in the recording");
      return false;
    }
    return true;
  }
}
