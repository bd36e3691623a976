package cases.concat;

import java.util.List;

/**
 * Reported: only the type's javadoc talks about generated code ("called by the generated
 * parser"), which documents the type, not who wrote the file; the header is a plain licence.
 * Auto-generated ids, do not edit them by hand.
 */
class GeneratedMentionedInJavadocOnly {
  String describe(List<String> tokens) {
    String description = "";
    for (String token : tokens) {
      description += token; // expect: StringConcatInLoop
    }
    return description;
  }
}
