package dev.leakproof.checks.model.staticcache;

/**
 * A call that adds to the collection outside initialisation.
 *
 * @param method the adding method's name ({@code put}, {@code add}, …)
 * @param line its line (for a call spanning lines, its first)
 * @param sizeChecked whether the method or lambda it sits in also reads the collection's
 *     {@code size()} for a decision (a comparison, a local, arithmetic): taken as a bound the code
 *     keeps. A {@code size()} whose value is only an argument of a call or part of a message
 *     string ({@code log("seen " + MAP.size())}) is logged, not compared, and bounds nothing
 * @param registration whether it sits in a registration method of the field's class: a static
 *     method, not private, returning nothing, that the class's own static initialisation calls
 *     (directly or through the class's other methods) to register its built-in entries, so that
 *     other code registers more the same way (Ant's {@code ExtraFieldUtils.register(Class)},
 *     JGit's {@code MergeStrategy.register}): the collection grows with what the program
 *     registers, not with the data it processes
 * @param boundedKey whether the key it stores (a map's key, a set's element) comes from a domain
 *     the code bounds ({@link BoundedKeys}): a clamped integer, the length of a formatted number,
 *     a member of a fixed set
 */
public record CollectionAdd(String method, int line, boolean sizeChecked, boolean registration,
    boolean boundedKey) {

  /** An add whose key the engine did not find bounded. */
  public CollectionAdd(String method, int line, boolean sizeChecked, boolean registration) {
    this(method, line, sizeChecked, registration, false);
  }
}
