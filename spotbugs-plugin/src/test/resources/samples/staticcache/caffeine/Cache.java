package com.github.benmanes.caffeine.cache;

/** A stand-in for Caffeine's Cache: only what the samples call. */
public interface Cache<K, V> {
  V getIfPresent(K key);

  void put(K key, V value);

  void invalidateAll();
}
