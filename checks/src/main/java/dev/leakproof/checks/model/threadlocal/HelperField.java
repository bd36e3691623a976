package dev.leakproof.checks.model.threadlocal;

/**
 * One instance field of a thread-local's value class, when that class is the library's own
 * per-thread helper ({@link ThreadLocalPut#ownHelperFields()}).
 *
 * @param type the field's declared type
 * @param emptiedByItsClass whether the class empties the field for each use
 *     ({@code buf.setLength(0)}, {@code out.reset()}, {@link
 *     dev.leakproof.checks.knowledge.ThreadLocalApis#emptiesBuffer}); only asked of a buffer
 */
public record HelperField(ValueType type, boolean emptiedByItsClass) {}
