package dev.leakproof.scanner.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * An {@link IOException} in words a user acts on ("permission denied"), not a Java class name
 * and a bare path ({@code java.nio.file.AccessDeniedException: /x}).
 */
final class PlainIoError {
  private PlainIoError() {}

  /** Why {@code e} happened, e.g. "no such file or folder: /tmp/x/out.sarif". */
  static String describe(IOException e) {
    String reason;
    if (e instanceof NoSuchFileException) {
      reason = "no such file or folder";
    } else if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof NotDirectoryException) {
      reason = "not a folder";
    } else if (e instanceof FileAlreadyExistsException) {
      reason = "a file with that name is in the way";
    } else if (e instanceof DirectoryNotEmptyException) {
      reason = "the folder is not empty";
    } else if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      reason = fs.getReason();
    } else {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    FileSystemException fs = (FileSystemException) e;
    String where = fs.getFile() == null ? "" : ": " + fs.getFile();
    return reason + where;
  }
}
