package dev.leakproof.checks.model.staticcache;

/**
 * A call that adds to the collection outside initialisation.
 *
 * @param method the adding method's name ({@code put}, {@code add}, …)
 * @param line its line (for a call spanning lines, its first)
 * @param sizeChecked whether the method or lambda it sits in also reads the collection's
 *     {@code size()}: taken as a bound the code keeps
 */
public record CollectionAdd(String method, int line, boolean sizeChecked) {}
