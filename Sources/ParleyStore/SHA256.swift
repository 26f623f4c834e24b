/// A pure-Swift SHA-256 (FIPS 180-4), used to chain journal lines.
///
/// Use ``hash(_:)`` for a one-shot digest, or create a hasher, feed it with
/// ``update(_:)`` as often as needed, then call ``finalize()`` once.
///
/// ```swift
/// SHA256.hex(SHA256.hash(Array("abc".utf8)))
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
public struct SHA256: Sendable {
  /// The length of a digest in bytes.
  public static let digestByteCount = 32

  /// The round constants: the first 32 bits of the fractional parts of the
  /// cube roots of the first 64 primes.
  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  /// The running hash value (H0…H7).
  private var state: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
    0x5be0_cd19,
  ]
  /// Bytes waiting for a full 64-byte block (always fewer than 64).
  private var pending: [UInt8] = []
  /// The number of message bytes fed so far.
  private var messageByteCount: UInt64 = 0

  /// Creates a hasher with nothing fed yet.
  public init() {}

  /// Returns the SHA-256 digest (32 bytes) of `bytes`.
  public static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
    var hasher = SHA256()
    hasher.update(bytes)
    return hasher.finalize()
  }

  /// Returns the SHA-256 digest of `bytes` as 64 lowercase hex digits.
  public static func hexHash(_ bytes: some Sequence<UInt8>) -> String {
    hex(hash(bytes))
  }

  /// Returns `bytes` as lowercase hex digits, two per byte.
  public static func hex(_ bytes: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Feeds more of the message.
  public mutating func update(_ bytes: some Sequence<UInt8>) {
    let fed: Void? = bytes.withContiguousStorageIfAvailable { update(buffer: $0) }
    if fed == nil { Array(bytes).withUnsafeBufferPointer { update(buffer: $0) } }
  }

  /// Feeds bytes in place: whole blocks straight from the caller's memory,
  /// only a block's remainder copied into ``pending``.
  private mutating func update(buffer input: UnsafeBufferPointer<UInt8>) {
    messageByteCount &+= UInt64(input.count)
    var start = 0
    if !pending.isEmpty {
      let take = min(64 - pending.count, input.count)
      pending.append(contentsOf: input[0..<take])
      start = take
      guard pending.count == 64 else { return }
      pending.withUnsafeBufferPointer { compress(blocks: $0) }
      pending.removeAll(keepingCapacity: true)
    }
    let whole = (input.count - start) / 64 * 64
    if whole > 0 { compress(blocks: UnsafeBufferPointer(rebasing: input[start..<start + whole])) }
    pending.append(contentsOf: input[(start + whole)...])
  }

  /// Pads the message and returns its digest (32 bytes).
  ///
  /// Call it once, after the last ``update(_:)``.
  public mutating func finalize() -> [UInt8] {
    let bitCount = messageByteCount &* 8
    var tail = pending
    tail.append(0x80)
    while tail.count % 64 != 56 {
      tail.append(0)
    }
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitCount >> UInt64(shift)))
    }
    tail.withUnsafeBufferPointer { compress(blocks: $0) }
    pending.removeAll()
    var digest: [UInt8] = []
    digest.reserveCapacity(Self.digestByteCount)
    for word in state {
      digest.append(UInt8(truncatingIfNeeded: word >> 24))
      digest.append(UInt8(truncatingIfNeeded: word >> 16))
      digest.append(UInt8(truncatingIfNeeded: word >> 8))
      digest.append(UInt8(truncatingIfNeeded: word))
    }
    return digest
  }

  /// Runs the compression function over each 64-byte block of `blocks`,
  /// keeping the working state and the message schedule out of arrays (a
  /// journal of 100,000 entries is about 25 MB to hash on every read).
  private mutating func compress(blocks: UnsafeBufferPointer<UInt8>) {
    precondition(blocks.count % 64 == 0, "SHA-256 compresses whole blocks")
    guard let base = blocks.baseAddress else { return }
    var h0 = state[0]
    var h1 = state[1]
    var h2 = state[2]
    var h3 = state[3]
    var h4 = state[4]
    var h5 = state[5]
    var h6 = state[6]
    var h7 = state[7]
    Self.roundConstants.withUnsafeBufferPointer { constants in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
        var offset = 0
        while offset < blocks.count {
          let block = base + offset
          for word in 0..<16 {
            let at = block + word &* 4
            schedule[word] =
              UInt32(at[0]) << 24 | UInt32(at[1]) << 16 | UInt32(at[2]) << 8 | UInt32(at[3])
          }
          for word in 16..<64 {
            let w15 = schedule[word &- 15]
            let w2 = schedule[word &- 2]
            let sigma0 = w15.rotatedRight(7) ^ w15.rotatedRight(18) ^ (w15 >> 3)
            let sigma1 = w2.rotatedRight(17) ^ w2.rotatedRight(19) ^ (w2 >> 10)
            schedule[word] = schedule[word &- 16] &+ sigma0 &+ schedule[word &- 7] &+ sigma1
          }
          var a = h0
          var b = h1
          var c = h2
          var d = h3
          var e = h4
          var f = h5
          var g = h6
          var h = h7
          for round in 0..<64 {
            let bigSigma1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
            let choose = (e & f) ^ (~e & g)
            let temp1 = h &+ bigSigma1 &+ choose &+ constants[round] &+ schedule[round]
            let bigSigma0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let temp2 = bigSigma0 &+ majority
            h = g
            g = f
            f = e
            e = d &+ temp1
            d = c
            c = b
            b = a
            a = temp1 &+ temp2
          }
          h0 &+= a
          h1 &+= b
          h2 &+= c
          h3 &+= d
          h4 &+= e
          h5 &+= f
          h6 &+= g
          h7 &+= h
          offset &+= 64
        }
      }
    }
    state = [h0, h1, h2, h3, h4, h5, h6, h7]
  }
}

extension UInt32 {
  /// The value rotated right by `count` bits.
  @inline(__always)
  fileprivate func rotatedRight(_ count: UInt32) -> UInt32 {
    (self >> count) | (self << (32 &- count))
  }
}
