package cases.resource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * POI's XSSFWorkbook.addPicture before its fix (poi-b11.2 of the real-leak benchmark): a part's
 * stream, from a getter, written and closed inside a try whose catch rethrows; a failing write
 * leaves it open. A per-method prefilter of the SpotBugs plugin lost the real pair (reverted); this
 * shape alone does not reproduce that loss, which depends on the library's own classes.
 */
class PartStreamWrittenThenClosedInsideTry {
  interface PackagePart {
    OutputStream getOutputStream() throws IOException;
  }

  interface PictureData {
    PackagePart getPackagePart();
  }

  private final List<PictureData> pictures = new ArrayList<PictureData>();

  int addPicture(PictureData img, byte[] pictureData) {
    int imageNumber = pictures.size() + 1;
    try {
      OutputStream out = img.getPackagePart().getOutputStream(); // expect: UnclosedResource
      out.write(pictureData);
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pictures.add(img);
    return imageNumber - 1;
  }
}
