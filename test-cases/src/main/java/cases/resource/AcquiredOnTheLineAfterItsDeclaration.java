package cases.resource;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * A declaration wrapped before its initialiser (as Ant's {@code Main.getAntVersion} and
 * {@code BZip2.pack}): the finding points at the {@code new} or the call that acquires, on the
 * line after the variable's name. Bytecode has no columns and gives the first instruction of the
 * statement the line of the variable's name, so the SpotBugs plugin points one line up (a known
 * gap: the same bytecode comes from a call wrapped before its dot, reported at its first line).
 */
class AcquiredOnTheLineAfterItsDeclaration {
  Properties load(String path) throws IOException {
    Properties properties = new Properties();
    InputStream in =
        new FileInputStream(path); // expect: UnclosedResource
    properties.load(in);
    in.close();
    return properties;
  }
}
