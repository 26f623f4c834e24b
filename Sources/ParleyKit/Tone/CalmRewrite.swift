/// Rewrites a draft calmly: flagged phrases are replaced or removed where a
/// safe replacement exists; the rest are left, with advice.
///
/// Every rule finding with words to fix is rewritten, also those the model
/// does not support (they are notes, but the words are still not calm).
/// Edits are local first ("as per my last email" becomes "following up on my
/// last message", "within 24 hours" becomes "within 14 days", capitals are
/// lowered, "!!!" becomes "."). Then, if still needed, whole sentences that
/// carry no facts are dropped ("You have been warned."). A sentence with an
/// amount, a number or a date is not dropped in those rounds. The result is
/// checked again, up to four rounds. Last, any sentence still flagged cannot be
/// made calm, so it is dropped and listed in ``RewriteResult/dropped``, until
/// the draft passes: the rewrite always passes its own check, except for
/// findings from the case's facts (too soon, a promised day), which no wording
/// fixes and which stay in ``RewriteResult/remaining``. A legal step is never
/// swapped for mediation as a threat ("…or I'll propose mediation").
///
///     let draft = "As per my last email, invoice 42 is overdue!!!"
///     let result = CalmRewrite.rewrite(draft, report: ToneChecker.check(draft))
///     result.text    // "Following up on my last message, invoice 42 is overdue."
///     result.passes  // true
public enum CalmRewrite {
  /// Rewrites `text`, whose check is `report`.
  ///
  /// - Parameters:
  ///   - text: The draft that was checked.
  ///   - report: Its report, from ``ToneChecker/check(_:context:)``.
  ///   - context: The context it was checked with, used to check each revision.
  ///   - model: The model each revision is checked with (as `report` was).
  public static func rewrite(
    _ text: String, report: ToneReport, context: ToneContext = .none,
    model: ToneModel? = ToneModel.builtIn
  ) -> RewriteResult {
    var current = text
    var currentReport = report
    var applied: [ToneFinding] = []
    var dropped: [String] = []
    for round in 0..<4 where !currentReport.rewritable.isEmpty {
      var edits = plan(current, currentReport, sentences: false)
      if edits.isEmpty || round > 0 {
        let withSentences = plan(current, currentReport, sentences: true)
        if !withSentences.isEmpty { edits = withSentences }
      }
      guard !edits.isEmpty else { break }
      let before = Array(current.utf8)
      dropped += edits.filter(\.removesSentence).map {
        String(decoding: before[$0.offsets], as: UTF8.self).trimmed
      }
      current = collapsingBlankLines(apply(edits, to: current))
      applied += edits.map(\.finding)
      currentReport = ToneChecker.check(current, context: context, model: model)
    }
    while true {
      let sentences = ToneEngine.shared.tokenize(current).sentenceSegments
      let segments = SortedSegments(sentences.map(\.utf8Offsets))
      var isDoomed = [Bool](repeating: false, count: sentences.count)
      for finding in currentReport.rewritable where !finding.isAboutTiming {
        for index in segments.overlapping(finding.span.utf8Offsets) { isDoomed[index] = true }
      }
      let doomed = sentences.indices.filter { isDoomed[$0] }.map { sentences[$0] }
      guard !doomed.isEmpty else { break }
      let bytes = Array(current.utf8)
      dropped += doomed.map { String(decoding: bytes[$0.utf8Offsets], as: UTF8.self) }
      current = removing(doomed, from: current)
      currentReport = ToneChecker.check(current, context: context, model: model)
    }
    return RewriteResult(
      text: current, applied: applied, dropped: dropped, remaining: currentReport.blocking,
      report: currentReport)
  }

  /// `text` without `sentences` (in order), with the spaces after each and the
  /// blank lines they leave behind.
  static func removing(_ sentences: [TextSegment], from text: String) -> String {
    var bytes = Array(text.utf8)
    for sentence in sentences.reversed() {
      var end = sentence.utf8Offsets.upperBound
      while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
      bytes.removeSubrange(sentence.utf8Offsets.lowerBound..<end)
    }
    return collapsingBlankLines(String(decoding: bytes, as: UTF8.self))
  }

  /// `text` with trailing spaces cut from each line, runs of blank lines made
  /// one, and no blank lines at the end: what removing sentences leaves tidy.
  static func collapsingBlankLines(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      var line = Substring(line)
      while line.last == " " || line.last == "\t" || line.last == "\r" { line.removeLast() }
      return line
    }
    var kept: [Substring] = []
    for line in lines where !(line.isEmpty && (kept.last?.isEmpty ?? true)) {
      kept.append(line)
    }
    while kept.last?.isEmpty == true { kept.removeLast() }
    return kept.joined(separator: "\n")
  }

  /// One change: put `replacement` at `offsets`.
  private struct Edit {
    let offsets: Range<Int>
    let replacement: [UInt8]
    let finding: ToneFinding
    let capitalizeAfter: Bool
    /// Whether it takes out a whole sentence, to be listed as left out.
    var removesSentence = false
  }

  /// The edits for `report`'s warnings and stops, without overlaps.
  private static func plan(_ text: String, _ report: ToneReport, sentences: Bool) -> [Edit] {
    let bytes = Array(text.utf8)
    let toneText = ToneEngine.shared.tokenize(text)
    var edits: [Edit] = []
    for finding in report.rewritable {
      let span = finding.span.utf8Offsets
      let atStart = isSentenceStart(bytes, span.lowerBound)
      switch finding.fix {
      case .replace(let words):
        let replacement = atStart ? capitalized(words) : words
        edits.append(
          Edit(
            offsets: span, replacement: Array(replacement.utf8), finding: finding,
            capitalizeAfter: false))
      case .remove:
        edits.append(
          Edit(offsets: span, replacement: [], finding: finding, capitalizeAfter: atStart))
      case .lowercase:
        let lowered = lowercased(finding.span.text, toneText: toneText, at: span.lowerBound)
        edits.append(
          Edit(
            offsets: span, replacement: Array((atStart ? capitalized(lowered) : lowered).utf8),
            finding: finding, capitalizeAfter: false))
      case .removeSentence:
        guard sentences, let range = factlessSentence(toneText, bytes, containing: span) else {
          continue
        }
        edits.append(
          Edit(
            offsets: range, replacement: [], finding: finding, capitalizeAfter: false,
            removesSentence: true))
      case .none:
        continue
      }
    }
    edits.sort {
      ($0.offsets.lowerBound, -$0.offsets.count) < ($1.offsets.lowerBound, -$1.offsets.count)
    }
    var kept: [Edit] = []
    for edit in edits {
      if let last = kept.last, edit.offsets.lowerBound < last.offsets.upperBound { continue }
      kept.append(edit)
    }
    return kept
  }

  /// Applies `edits` (sorted, not overlapping) from the end, tidying each seam.
  ///
  /// Tidying a seam may take out a space or comma just before it, which can be
  /// the last byte of the edit before; each earlier edit is kept short of the
  /// seam after it, so adjacent edits never reach past what is left.
  private static func apply(_ edits: [Edit], to text: String) -> String {
    var bytes = Array(text.utf8)
    var bound = bytes.count
    for edit in edits.reversed() {
      let upper = min(edit.offsets.upperBound, bound)
      let lower = min(edit.offsets.lowerBound, upper)
      bytes.replaceSubrange(lower..<upper, with: edit.replacement)
      bound = lower
      if edit.replacement.isEmpty {
        bound = tidy(&bytes, at: lower, capitalize: edit.capitalizeAfter)
      }
    }
    var result = String(decoding: bytes, as: UTF8.self)
    while result.hasSuffix(" ") { result.removeLast() }
    return result
  }

  /// Cleans up where words were removed at `seam`: doubled spaces, a space
  /// before punctuation, ", ." and a dangling ", but" at a sentence's start.
  /// Returns where the seam is after the clean-up.
  @discardableResult
  private static func tidy(_ bytes: inout [UInt8], at seam: Int, capitalize: Bool) -> Int {
    let space = UInt8(ascii: " ")
    var seam = seam
    if seam > 0, seam < bytes.count, bytes[seam - 1] == space, bytes[seam] == space {
      bytes.remove(at: seam)
    }
    if seam > 0, seam < bytes.count, bytes[seam - 1] == space, isPunctuation(bytes[seam]) {
      bytes.remove(at: seam - 1)
      seam -= 1
    }
    if seam > 0, seam < bytes.count, isPause(bytes[seam - 1]), isPunctuation(bytes[seam]) {
      bytes.remove(at: seam - 1)
      seam -= 1
    }
    if seam < bytes.count, isSentenceStart(bytes, seam) || capitalize {
      var index = seam
      while index < bytes.count, bytes[index] == space || isPause(bytes[index]) { index += 1 }
      for joiner in ["but ", "and ", "so "] where bytes[index...].starts(with: joiner.utf8) {
        index += joiner.utf8.count
      }
      if isSentenceStart(bytes, seam), index > seam {
        bytes.removeSubrange(seam..<index)
        index = seam
      }
      if index < bytes.count, bytes[index] >= UInt8(ascii: "a"), bytes[index] <= UInt8(ascii: "z"),
        isSentenceStart(bytes, index)
      {
        bytes[index] -= 32
      }
    }
    return min(seam, bytes.count)
  }

  /// The offsets of the sentence containing `span`, with the spaces after it,
  /// when it states no facts (no number, amount, month or weekday).
  private static func factlessSentence(
    _ text: TokenizedText, _ bytes: [UInt8], containing span: Range<Int>
  ) -> Range<Int>? {
    guard
      let sentence = text.sentences.first(where: {
        $0.start <= span.lowerBound && span.lowerBound < max($0.end, $0.start + 1)
      })
    else { return nil }
    for index in sentence.firstToken..<sentence.tokenEnd {
      let token = text.tokens[index]
      if !token.flags.isDisjoint(with: [.hasDigit, .money]) { return nil }
      if !text.wordFlags(index).isDisjoint(with: [.month, .weekday]) { return nil }
    }
    var end = sentence.end
    while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
    var start = sentence.start
    if end < bytes.count, bytes[end] == 0x0A || bytes[end] == 0x0D {
      var lineStart = start
      while lineStart > 0, bytes[lineStart - 1] == UInt8(ascii: " ") { lineStart -= 1 }
      if lineStart == 0 || bytes[lineStart - 1] == 0x0A {
        start = lineStart
        end += bytes[end] == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A ? 2 : 1
      }
    }
    return start..<end
  }

  /// Whether `offset` starts a sentence: only spaces and quotes after the
  /// start of the text, a line break, or `.`, `!`, `?`.
  private static func isSentenceStart(_ bytes: [UInt8], _ offset: Int) -> Bool {
    var index = offset - 1
    while index >= 0, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\"") {
      index -= 1
    }
    guard index >= 0 else { return true }
    switch bytes[index] {
    case 0x0A, 0x0D, UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
    default: return false
    }
  }

  private static func isPunctuation(_ byte: UInt8) -> Bool {
    ",.;:!?)".utf8.contains(byte)
  }

  private static func isPause(_ byte: UInt8) -> Bool {
    ",;:".utf8.contains(byte)
  }

  private static func capitalized(_ words: String) -> String {
    guard let first = words.first else { return words }
    return first.uppercased() + words.dropFirst()
  }

  /// `words` in lower case, keeping acronyms in capitals and "I" as it is.
  private static func lowercased(_ words: String, toneText: TokenizedText, at offset: Int) -> String
  {
    var result = ""
    var word = ""
    func flush() {
      let lower = word.lowercased()
      let id = toneText.lexicon.id(lower)
      let flags = toneText.lexicon.flags(id)
      if lower == "i" || (flags.contains(.acronym) && !flags.contains(.common)) {
        result += word
      } else {
        result += lower
      }
      word = ""
    }
    for character in words {
      if character.isLetter {
        word.append(character)
      } else {
        flush()
        result.append(character)
      }
    }
    flush()
    return result
  }
}
