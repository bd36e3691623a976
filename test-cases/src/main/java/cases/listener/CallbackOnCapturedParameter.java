package cases.listener;

/**
 * Silent: the callback is registered on the context the enclosing method was given, which the
 * anonymous class reaches as a captured local (in bytecode a synthetic {@code val$context}
 * field). That context lives as long as the one call that passed it; it is not a field handed in
 * to a longer-lived object (XStream's {@code SerializableConverter} registers
 * {@code ObjectInputValidation}s on its unmarshalling context this way).
 */
class CallbackOnCapturedParameter {
  interface UnmarshallingContext {
    void addCompletionCallback(Runnable callback, int priority);
  }

  interface Validation {
    void validate();
  }

  interface StreamCallback {
    void registerValidation(Validation validation, int priority);
  }

  Object unmarshal(final UnmarshallingContext context) {
    StreamCallback callback = new StreamCallback() {
      @Override
      public void registerValidation(final Validation validation, int priority) {
        context.addCompletionCallback(new Runnable() {
          @Override
          public void run() {
            validation.validate();
          }
        }, priority);
      }
    };
    return readObject(callback);
  }

  private Object readObject(StreamCallback callback) {
    return callback;
  }
}
