package org.truce.model;

/**
 * Arithmetic on counts of units and days. Each number in a text is at most 1,000,000,000, but
 * products of them (a ratio times a total, a batch size times a number of batches) can exceed a
 * long; such a product saturates at {@link Long#MAX_VALUE}, which every comparison with a holding
 * still reads correctly as "too many".
 */
public final class Counts {
  private Counts() {}

  public static long saturatedProduct(long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException overflow) {
      return Long.MAX_VALUE;
    }
  }

  /** {@code a + b} for non-negative numbers, saturating at {@link Long#MAX_VALUE}. */
  public static long saturatedSum(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }
}
