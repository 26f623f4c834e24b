/// What pressing Tab does, decided from the text before the cursor and the
/// completer's candidates. Pure, so it is tested without a terminal.
public enum TabCompletion {
  /// The outcome of one Tab press.
  public enum Action: Equatable, Sendable {
    /// Insert this text at the cursor (may be just a space).
    case insert(String)
    /// Nothing new to insert: show these candidates (sorted, unique).
    case list([String])
    /// No candidate: beep.
    case none
  }

  /// The word being typed: the text after the last space or tab before the
  /// cursor (empty right after a space).
  public static func currentWord(in lineBeforeCursor: String) -> Substring {
    let scalars = lineBeforeCursor.unicodeScalars
    guard let lastBlank = scalars.lastIndex(where: { $0 == " " || $0 == "\t" }) else {
      return Substring(lineBeforeCursor)
    }
    return Substring(scalars[scalars.index(after: lastBlank)...])
  }

  /// Decides what Tab does.
  ///
  /// Candidates are whole words for the word being typed; those that do not
  /// start with it are ignored. One candidate inserts the rest of it plus a
  /// space (no space after a folder's `/`); several insert their longest
  /// common prefix, or are listed when that adds nothing; none beeps.
  public static func action(lineBeforeCursor: String, candidates: [String]) -> Action {
    let word = Array(currentWord(in: lineBeforeCursor).unicodeScalars)
    var seen = Set<String>()
    let matches = candidates.filter { candidate in
      Array(candidate.unicodeScalars).starts(with: word) && seen.insert(candidate).inserted
    }
    switch matches.count {
    case 0:
      return .none
    case 1:
      // A folder is completed up to its slash, ready for the name inside it.
      let ending = matches[0].hasSuffix("/") ? "" : " "
      return .insert(rest(of: Array(matches[0].unicodeScalars), after: word.count) + ending)
    default:
      let prefix = commonPrefix(matches.map { Array($0.unicodeScalars) })
      if prefix.count > word.count {
        return .insert(rest(of: prefix, after: word.count))
      }
      return .list(matches.sorted())
    }
  }

  /// Lays candidates out in columns, filled top to bottom like `ls`, each row
  /// fitting in `width` characters. Returns the rows, without line endings.
  public static func columns(_ candidates: [String], width: Int) -> [String] {
    guard !candidates.isEmpty else { return [] }
    let gap = 2
    let cellWidth = candidates.map(\.count).max().map { $0 + gap } ?? gap
    let columnCount = max(1, (max(width, 1) + gap) / cellWidth)
    let rowCount = (candidates.count + columnCount - 1) / columnCount
    return (0..<rowCount).map { row in
      var line = ""
      var column = 0
      while row + column * rowCount < candidates.count {
        let item = candidates[row + column * rowCount]
        let isLast = row + (column + 1) * rowCount >= candidates.count
        line += isLast ? item : item + String(repeating: " ", count: cellWidth - item.count)
        column += 1
      }
      return line
    }
  }

  private static func rest(of scalars: [Unicode.Scalar], after count: Int) -> String {
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars.dropFirst(count))
    return String(text)
  }

  private static func commonPrefix(_ words: [[Unicode.Scalar]]) -> [Unicode.Scalar] {
    guard var prefix = words.first else { return [] }
    for word in words.dropFirst() {
      let shared = zip(prefix, word).prefix { $0 == $1 }.count
      prefix.removeSubrange(shared...)
    }
    return prefix
  }
}
