package org.apache.lucene.store;

/** Stand-in for Lucene's {@code org.apache.lucene.store.Directory}: the caller's index. */
public interface Directory {}
