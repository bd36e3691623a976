package cases.concat;

import java.util.ArrayList;
import java.util.List;

/**
 * Silent: the lambdas are created in the loop but their bodies run later, outside it; the loop
 * itself extends no string (precision first: who runs the tasks, and how often, is not visible).
 */
class LambdaCreatedInLoop {
  private String log = "";

  List<Runnable> tasks(List<String> names) {
    List<Runnable> tasks = new ArrayList<>();
    for (String name : names) {
      tasks.add(() -> this.log += name);
    }
    return tasks;
  }

  String log() {
    return log;
  }
}
