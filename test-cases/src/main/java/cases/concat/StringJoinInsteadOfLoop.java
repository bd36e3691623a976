package cases.concat;

import java.util.List;

/** Silent: {@code String.join} sizes one buffer and copies each part once. */
class StringJoinInsteadOfLoop {
  String render(List<String> parts) {
    return "[" + String.join(", ", parts) + "]";
  }
}
