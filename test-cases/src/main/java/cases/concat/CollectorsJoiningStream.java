package cases.concat;

import java.util.List;
import java.util.stream.Collectors;

/** Silent: {@code Collectors.joining} appends into one builder; the lambda's + builds one short string per element. */
class CollectorsJoiningStream {
  String render(List<String> parts) {
    return parts.stream().map(p -> "<" + p + ">").collect(Collectors.joining(", "));
  }
}
