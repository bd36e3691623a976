package android.database;

import java.io.Closeable;

/**
 * Stand-in for Android's {@code android.database.Cursor}, so that the corpus compiles without
 * the Android SDK: "Closes the Cursor, releasing all of its resources and making it completely
 * invalid".
 */
public interface Cursor extends Closeable {
  boolean moveToFirst();

  @Override
  void close();
}
