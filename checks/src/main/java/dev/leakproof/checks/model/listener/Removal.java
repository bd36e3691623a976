package dev.leakproof.checks.model.listener;

import java.util.Optional;

/**
 * One call in the registering class whose name undoes the registration ({@code removeXListener}).
 *
 * @param subject what it removes from; empty when the engine cannot name it (a parameter of a
 *     helper method such as {@code unregister(Bus bus)}, a local): such a removal may well be the
 *     one, so it counts
 * @param madeAtTheCall the listener argument when it is an object made at the call (a lambda, a
 *     method reference, {@code new Inner()}), which removes nothing; empty otherwise
 */
public record Removal(String name, Optional<Subject> subject, Optional<Listener> madeAtTheCall) {
  public Removal {
    madeAtTheCall = madeAtTheCall.filter(Listener::madeAtTheCall);
  }

  /** Whether this call could remove something registered on {@code registeredOn}. */
  boolean addresses(Subject registeredOn) {
    return subject.map(s -> s.key().equals(registeredOn.key())).orElse(true);
  }
}
