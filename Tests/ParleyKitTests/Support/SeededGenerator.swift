/// A small, fast, deterministic random number generator (SplitMix64) for
/// property laws: the same seed gives the same sequence on every machine.
///
/// A failing law should print its seed so the failure can be replayed:
///
///     var random = SeededGenerator(seed: 42)
///     let parts = Int.random(in: 1...12, using: &random)
///
/// Not for anything secret.
struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator whose sequence is fixed by `seed`.
  init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits (Steele, Lea and Flood's SplitMix64).
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
