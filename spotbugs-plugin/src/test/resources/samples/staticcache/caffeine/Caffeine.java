package com.github.benmanes.caffeine.cache;

/** A stand-in for Caffeine's builder: only what the samples call. */
public final class Caffeine<K, V> {
  public static Caffeine<Object, Object> newBuilder() {
    return new Caffeine<>();
  }

  public Caffeine<K, V> maximumSize(long size) {
    return this;
  }

  public Caffeine<K, V> recordStats() {
    return this;
  }

  public <K1 extends K, V1 extends V> Cache<K1, V1> build() {
    return null;
  }
}
