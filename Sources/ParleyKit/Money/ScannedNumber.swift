/// A number as typed, before its separators are interpreted.
struct ScannedNumber: Equatable {
  /// Digits and separators, without the scale letter: `1.200,50`.
  var body: [Character]
  /// Powers of ten the scale letter adds: 3 for `k`, 6 for `m`, else 0.
  var scale: Int
  /// The number as typed, scale letter included, for messages: `1.5k`.
  var text: String
}
