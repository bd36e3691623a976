package dev.leakproof.spotbugs;

import dev.leakproof.checks.knowledge.ResourceApis.ConstructorKind;
import dev.leakproof.spotbugs.bytecode.ReturnedValues;
import org.apache.bcel.generic.INVOKESPECIAL;
import org.apache.bcel.generic.InvokeInstruction;

/**
 * What makes a fresh resource in a method's returns as the knowledge tables say, for the
 * calls of one class's constant pool ({@link ResourceCallModel}); {@link OwnFactories} and
 * {@link NotOwnedResults} add what they read from the application's own methods.
 */
class TableOrigins implements ReturnedValues.Origins {
  final ResourceCallModel calls;

  TableOrigins(ResourceCallModel calls) {
    this.calls = calls;
  }

  @Override
  public boolean opens(INVOKESPECIAL init) {
    return calls.constructor(init) == ConstructorKind.OPENS;
  }

  @Override
  public boolean wraps(INVOKESPECIAL init) {
    return calls.wrapsArgument(init);
  }

  @Override
  public boolean acquires(InvokeInstruction call) {
    return calls.acquires(call);
  }

  @Override
  public boolean wrapsViaFactory(InvokeInstruction call) {
    return calls.wrapsViaFactory(call);
  }
}
