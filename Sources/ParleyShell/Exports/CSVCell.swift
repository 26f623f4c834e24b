import ParleyKit

/// One typed cell of a CSV export; the type decides how it is written.
enum CSVCell: Hashable, Sendable {
  /// Free text such as a client's name or a note.
  ///
  /// Neutralised against spreadsheet formula injection (CWE-1236): text that
  /// starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
  /// `'`, so a spreadsheet shows it instead of running it.
  case text(String)
  /// A plain decimal number written as is, e.g. `1200.50` or `-5.00`.
  ///
  /// Amounts go here so a spreadsheet can sum them; ``CSVWriter`` rejects
  /// anything but an optional `-`, digits, and an optional `.` with digits, so
  /// this case can never smuggle a formula past the text neutralisation.
  case number(String)
  /// A calendar day, written in ISO 8601 (`2026-11-29`), which spreadsheets read as a date.
  case date(Day)

  /// The first characters that make a spreadsheet treat a text cell as a formula.
  ///
  /// Compared with the first Unicode scalar, not the first `Character`: `=`
  /// followed by a combining accent is one `Character` but still starts a formula.
  static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  /// Whether a spreadsheet would run `text` as a formula if written as is.
  static func startsWithFormulaTrigger(_ text: String) -> Bool {
    text.unicodeScalars.first.map(formulaTriggers.contains) ?? false
  }

  /// Whether `text` is a plain decimal: `-`?, one or more digits, then `.` and digits, or not.
  static func isPlainDecimal(_ text: String) -> Bool {
    var rest = Substring(text)
    if rest.first == "-" { rest = rest.dropFirst() }
    let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return false }
    return parts.allSatisfy { part in
      !part.isEmpty && part.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }
  }
}
