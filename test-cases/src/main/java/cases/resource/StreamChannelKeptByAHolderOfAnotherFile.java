package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Silent: the stream goes to a static helper of a class in another file ({@link
 * FileChannelHolder#from}) that keeps the stream's channel in the holder it returns, so closing
 * the holder closes the stream, and the holder is kept in a list the caller owns (JGit 5.13
 * {@code FileReftableStack.reloadOnce}: {@code new ReftableReader(BlockSource.from(is))}). The
 * scanner read the helper's body without its symbol solver, took {@code in.getChannel()} for a
 * call that returns nothing closeable, and so the helper for one that only borrows the stream.
 * Flagged look-alike: a helper of the same class that only reads from the stream.
 */
class StreamChannelKeptByAHolderOfAnotherFile {
  void open(File dir, List<String> names, List<FileChannelHolder> tables) throws IOException {
    for (String name : names) {
      FileInputStream in = new FileInputStream(new File(dir, name));
      tables.add(FileChannelHolder.from(in));
    }
  }

  int firstByte(File file) throws IOException {
    FileInputStream in = new FileInputStream(file); // expect: UnclosedResource
    return FileChannelHolder.firstByte(in);
  }
}
