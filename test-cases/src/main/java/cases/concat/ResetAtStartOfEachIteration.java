package cases.concat;

import java.util.ArrayList;
import java.util.List;

/**
 * Silent: declared outside the loop but reassigned a fresh value first thing in every iteration,
 * so no iteration sees the previous one's string (precision first: nothing grows across iterations).
 */
class ResetAtStartOfEachIteration {
  List<String> labels(List<String> names) {
    List<String> labels = new ArrayList<>();
    String label;
    for (String name : names) {
      label = "[";
      label += name;
      label += "]";
      labels.add(label);
    }
    return labels;
  }
}
