extension ReplyText {
  /// Whether `line` (folded) starts a quoted earlier message: `On … wrote:` (also
  /// when `wrote:` wraps to `next`), `-----Original Message-----`, or an Outlook
  /// header `From: …` followed by `Sent:`, `Date:` or `To:`.
  static func isQuoteHeader(_ line: String, next: String) -> Bool {
    if line.hasPrefix("on "), line.hasSuffix("wrote:") || next.hasSuffix("wrote:") {
      return line.hasSuffix("wrote:") || !next.hasPrefix(">") && next.count < 80
    }
    let bare = line.filter { $0 != "-" && $0 != "_" && $0 != " " }
    if bare == "originalmessage" || bare == "forwardedmessage" { return true }
    if line.hasPrefix("from:") {
      return ["sent:", "date:", "to:", "subject:"].contains { next.hasPrefix($0) }
    }
    return false
  }
}
