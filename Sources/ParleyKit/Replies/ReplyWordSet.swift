/// The words one element of a ``ReplyPattern`` accepts.
struct ReplyWordSet: Hashable, Sendable {
  /// Exact words.
  var words: Set<String> = []
  /// Word beginnings, from alternatives written `instal*`.
  var prefixes: [String] = []
  /// Whether any number is accepted (`#num`).
  var matchesNumber = false
  /// Whether any currency symbol or code is accepted (`#cur`).
  var matchesCurrency = false

  /// Whether `token` is one of these words.
  func matches(_ token: ReplyToken) -> Bool {
    if words.contains(token.word) { return true }
    if matchesNumber && token.isNumber { return true }
    if matchesCurrency && token.isCurrency { return true }
    return prefixes.contains { token.word.hasPrefix($0) }
  }
}
