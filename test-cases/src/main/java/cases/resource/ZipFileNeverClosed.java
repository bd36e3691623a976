package cases.resource;

import java.io.File;
import java.io.IOException;
import java.util.zip.ZipFile;

/** Flagged: a ZipFile keeps the archive open (and native inflater memory) until closed. */
class ZipFileNeverClosed {
  int entryCount(File archive) throws IOException {
    ZipFile zip = new ZipFile(archive); // expect: UnclosedResource
    return zip.size();
  }
}
