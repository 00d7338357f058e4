package telltale.linkage.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets and their locality-sensitive buckets: 100 hash functions in 20
 * bands of 5, so that resumes with Jaccard similarity 0.7 share a bucket with probability above 97
 * % while each lookup reads only 20 index entries, however long the history.
 */
public final class MinHash {
  public static final int HASHES = 100;
  public static final int BANDS = 20;
  public static final int ROWS = HASHES / BANDS;
  private static final long[] SEEDS = new SplittableRandom(0x7e11_7a1eL).longs(HASHES).toArray();

  private MinHash() {}

  public static int[] signature(Set<String> shingles) {
    int[] mins = new int[HASHES];
    Arrays.fill(mins, Integer.MAX_VALUE);
    for (String shingle : shingles) {
      long base = fnv64(shingle);
      for (int i = 0; i < HASHES; i++) {
        int h = (int) (mix64(base ^ SEEDS[i]) >>> 33);
        if (h < mins[i]) {
          mins[i] = h;
        }
      }
    }
    return mins;
  }

  /** The estimated Jaccard similarity: the share of equal components. */
  public static double similarity(int[] a, int[] b) {
    int equal = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    return equal / (double) HASHES;
  }

  /**
   * One bucket key per band; the band number is mixed in, so keys of different bands never meet.
   */
  public static long[] buckets(int[] signature) {
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long h = band + 1L;
      for (int row = 0; row < ROWS; row++) {
        h = mix64(h * 31 + signature[band * ROWS + row]);
      }
      keys[band] = h;
    }
    return keys;
  }

  public static String encode(int[] signature) {
    ByteBuffer buffer = ByteBuffer.allocate(HASHES * 4);
    for (int value : signature) {
      buffer.putInt(value);
    }
    return Base64.getEncoder().encodeToString(buffer.array());
  }

  public static int[] decode(String encoded) {
    ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(encoded));
    int[] signature = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      signature[i] = buffer.getInt();
    }
    return signature;
  }

  private static long fnv64(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** SplitMix64's finaliser. */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
