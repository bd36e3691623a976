package cases.listener.debugger;

/**
 * Registers with every registry of {@code Registries.java} and never unregisters. Silent where
 * the registry's keeper field is private and final and made by a {@code new} or a private
 * factory that returns only {@code new}s of classes keeping listeners weakly or not at all;
 * flagged where one of those classes keeps them strongly, the field is not final or not private,
 * the factory returns a keeper it did not make, the factory is public, or the listener is handed
 * to a method a subclass may override.
 */
class RegistrySubscriber {
  RegistrySubscriber() {
    ClosedRegistry.register(this);
    DirectlyMadeRegistry.register(this);
    PartlyStrongRegistry.register(this); // expect: ListenerLeak
    ResettableRegistry.register(this); // expect: ListenerLeak
    OpenFieldRegistry.register(this); // expect: ListenerLeak
    BorrowingRegistry.register(this); // expect: ListenerLeak
    PublicFactoryRegistry.register(this); // expect: ListenerLeak
    OverridableKeeperRegistry.register(this); // expect: ListenerLeak
  }
}
