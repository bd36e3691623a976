package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.List;
import org.h2.util.Utils;

/**
 * Which call the sentence names when several may throw before the close (H2's {@code
 * DbContents.readContents}): a call into a library that fails unchecked without saying so ({@code
 * Utils.newSmallArrayList()}, H2) may throw, but only by a package-wide table; a later call whose
 * throws clause names {@code IOException} is the one to name. Look-alike: without such a call,
 * the library call is named, before a call on the resource that declares nothing.
 */
class ClosedOnlyBeforeCheckedThrowAfterLibraryCall {
  int firstByte(File file) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource "closed, but not if `read()` throws"
    List<Integer> bytes = Utils.newSmallArrayList();
    bytes.add(in.read());
    in.close();
    return bytes.get(0);
  }

  boolean markable(File file) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource "closed, but not if `newSmallArrayList()` throws"
    boolean supported = in.markSupported();
    List<Boolean> answers = Utils.newSmallArrayList();
    answers.add(supported);
    in.close();
    return answers.get(0);
  }
}
