package cases.listener;

import java.util.ArrayList;
import java.util.List;

/**
 * Silent: a transaction synchronization is kept for one transaction and dropped when it
 * completes (Spring's {@code TransactionSynchronizationManager}, JTA's
 * {@code Transaction.registerSynchronization}); nothing outlives the operation.
 */
class TransactionSynchronizationRegistered {
  interface TransactionSynchronization {
    void afterCompletion(int status);
  }

  static final class TransactionSynchronizationManager {
    private static final List<TransactionSynchronization> CURRENT = new ArrayList<>();

    static void registerSynchronization(TransactionSynchronization synchronization) {
      CURRENT.add(synchronization);
    }

    static void completed(int status) {
      for (TransactionSynchronization synchronization : CURRENT) {
        synchronization.afterCompletion(status);
      }
      CURRENT.clear();
    }
  }

  private boolean committed;

  void saveOrder() {
    TransactionSynchronizationManager.registerSynchronization(status -> committed = status == 0);
  }
}
