extension String {
  /// The number of columns a monospaced terminal gives this text on one line
  /// (see ``Character/displayWidth``). Count escaped text (``TerminalText``):
  /// a raw control character has no width of its own.
  var displayWidth: Int {
    // Plain ASCII is the common case, one column a byte.
    if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count }
    return reduce(0) { $0 + $1.displayWidth }
  }

  /// The text padded with spaces to `width` columns: on the right for
  /// ``TextAlignment/left``, on the left for ``TextAlignment/right``. Text
  /// already as wide or wider is returned as it is.
  func padded(toWidth width: Int, alignment: TextAlignment = .left) -> String {
    let padding = String(repeating: " ", count: Swift.max(0, width - displayWidth))
    return alignment == .right ? padding + self : self + padding
  }

  /// The longest start of the text that fits in `width` columns, and the rest.
  func splitAtWidth(_ width: Int) -> (head: Substring, tail: Substring) {
    var used = 0
    var end = startIndex
    while end < endIndex {
      let next = self[end].displayWidth
      if used + next > width { break }
      used += next
      end = index(after: end)
    }
    return (self[..<end], self[end...])
  }
}
