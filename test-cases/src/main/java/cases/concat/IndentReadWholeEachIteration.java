package cases.concat;

import java.util.ArrayList;
import java.util.List;

/**
 * Not flagged: the indent grows by two spaces per level and every iteration prints a line with
 * the whole indent (Maven's {@code ReverseTreeRepositoryListener}). A builder would have to be
 * turned into a String for every line, copying as much as the concatenation does.
 */
class IndentReadWholeEachIteration {
  static List<String> trail(List<String> path) {
    List<String> lines = new ArrayList<>();
    String indent = "";
    for (String node : path) {
      indent += "  ";
      lines.add(indent + node);
    }
    return lines;
  }
}
