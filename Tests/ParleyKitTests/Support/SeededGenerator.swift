@testable import ParleyKit

/// The deterministic generator for property laws: ParleyKit's SplitMix64, so
/// the same seed gives the same sequence on every machine. A failing law should
/// print its seed so the failure can be replayed.
typealias SeededGenerator = SplitMix64
