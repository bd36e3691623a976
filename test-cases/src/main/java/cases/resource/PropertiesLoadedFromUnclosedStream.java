package cases.resource;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.Properties;

/** Flagged: Properties.load reads the stream and leaves it open; nobody closes it. */
class PropertiesLoadedFromUnclosedStream {
  Properties read(File file) throws IOException {
    Properties properties = new Properties();
    properties.load(new FileInputStream(file)); // expect: UnclosedResource
    return properties;
  }
}
