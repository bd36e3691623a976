package android.net;

/** Stand-in for Android's {@code android.net.Uri}, so that the corpus compiles without the SDK. */
public interface Uri {}
