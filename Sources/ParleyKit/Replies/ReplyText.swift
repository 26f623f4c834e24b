/// A reply split into lines, with the lines that are the client's own words marked.
///
/// Quoted earlier messages and signatures are not the client's answer, so the
/// classifier reads only the kept lines (see ``keptLines``). Lines are split at
/// any line break (`\n`, `\r\n`, `\r`, U+2028), so line numbers match what an
/// editor shows.
struct ReplyText {
  /// Every line of the reply, as characters, so columns can be counted.
  let lines: [[Character]]
  /// Whether each line (same index as ``lines``) is the client's own words.
  let isKept: [Bool]

  /// Splits `text` into lines and marks quoted and signature lines as ignored
  /// (see ``MessageLayout``).
  init(_ text: String) {
    let layout = MessageLayout(text)
    let utf8 = Array(text.utf8)
    self.lines = layout.lines.map { Array(String(decoding: utf8[$0], as: UTF8.self)) }
    self.isKept = layout.lines.indices.map(layout.isOwn)
  }

  /// The indices of the kept lines, in order.
  var keptLines: [Int] { lines.indices.filter { isKept[$0] } }
}
