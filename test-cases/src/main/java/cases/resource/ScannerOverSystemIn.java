package cases.resource;

import java.util.Scanner;

/** Silent: a Scanner over System.in must not be closed (that would close the process's stdin); it acquires nothing. */
class ScannerOverSystemIn {
  String askName() {
    Scanner scanner = new Scanner(System.in);
    return scanner.nextLine();
  }
}
