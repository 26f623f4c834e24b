/// Splits a draft into words, lines and sentences in one pass over its UTF-8
/// bytes, noting what is quoted, what is the signature, and what shouts.
///
/// Words are runs of letters and digits (with apostrophes and the separators
/// inside numbers such as `1,200.50`); they are folded to lower case, curly
/// apostrophes become straight, non-ASCII words are NFKC-normalised, and
/// contractions are split (`don't` is `do` + `n't`, read as `not`). Nothing
/// matches inside a word, so "class" never contains "ass".
///
/// Text inside quotation marks, on `>` lines, or below a "... wrote:" line is
/// the client's, and is marked quoted. A quotation mark left open at the end of
/// a paragraph was not a quotation, and its marks are cleared.
struct TextTokenizer {
  let lexicon: Lexicon
  var tokens: [TextToken] = []
  var lines: [TextLine] = []
  var sentences: [TextSentence] = []
  var loudMarks: [LoudMark] = []

  // Sentence and clause state.
  var sentenceIndex: Int32 = -1
  var clauseIndex: Int32 = -1
  var pendingSentence = false
  var pendingClause = false
  var sentenceEnd = 0

  // Quotation state.
  var inDouble = false
  var doubleOpenedAt = 0
  var inSingle = false
  var singleOpenedAt = 0
  /// Which lines are quoted or the signature.
  var layout: MessageLayout

  // Line state.
  var lineStart = 0
  var lineFirstToken = 0
  var lineQuoted = false
  var lineOnlySpaces = true
  var lineHasLowercase = false
  var lineHasExclamation = false
  var lastNonSpaceByte: UInt8 = 0

  // Word state.
  var moneyAt = -1
  var scratch: [UInt8] = []
  var scratchOffsets: [Int] = []

  /// The ids of "ill", "i" and "will", to read "ill pay" as "I will pay".
  let illIDs: (ill: Int32, i: Int32, will: Int32)

  /// A tokenizer over `lexicon`'s words, for a text laid out as `layout`.
  init(lexicon: Lexicon, layout: MessageLayout) {
    self.lexicon = lexicon
    self.layout = layout
    self.lineQuoted = layout.roles.first == .quoted || layout.roles.first == .details
    self.illIDs = (lexicon.id("ill"), lexicon.id("i"), lexicon.id("will"))
    self.clauseBreaks = WordSet(words: TextWords.clauseBreaks, in: lexicon)
  }

  /// Words that open a new clause.
  let clauseBreaks: WordSet

  /// Tokenizes `string`.
  static func tokenize(_ string: String, lexicon: Lexicon) -> TokenizedText {
    var copy = string
    var tokenizer = copy.withUTF8 {
      TextTokenizer(lexicon: lexicon, layout: MessageLayout(bytes: $0))
    }
    let size = string.utf8.count
    tokenizer.tokens.reserveCapacity(size / 5 + 16)
    tokenizer.sentences.reserveCapacity(size / 60 + 4)
    tokenizer.lines.reserveCapacity(size / 60 + 4)
    copy.withUTF8 { tokenizer.scan($0) }
    tokenizer.markSignature()
    return TokenizedText(
      string: string, tokens: tokenizer.tokens, lines: tokenizer.lines,
      sentences: tokenizer.sentences, loudMarks: tokenizer.loudMarks, lexicon: lexicon)
  }

  /// The main loop: one step per byte or scalar, words handed to ``scanWord``.
  mutating func scan(_ buf: UnsafeBufferPointer<UInt8>) {
    let n = buf.count
    var i = 0
    while i < n {
      let b = buf[i]
      if b < 0x80 {
        if Self.isAlnum(b) {
          i = scanWord(buf, from: i)
          continue
        }
        switch b {
        case 0x0A:
          endLine(buf, at: i, next: i + 1)
          i += 1
        case 0x0D:
          let next = i + 1 < n && buf[i + 1] == 0x0A ? i + 2 : i + 1
          endLine(buf, at: i, next: next)
          i = next
        case 0x20, 0x09, 0x0B, 0x0C:
          i += 1
        case UInt8(ascii: "."):
          i = scanDots(buf, from: i)
        case UInt8(ascii: "!"), UInt8(ascii: "?"):
          i = scanBangs(buf, from: i)
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("),
          UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"):
          sawNonSpace(b)
          pendingClause = true
          i += 1
        case UInt8(ascii: "\""):
          sawNonSpace(b)
          if inDouble { inDouble = false } else { openDouble() }
          i += 1
        case UInt8(ascii: "'"):
          sawNonSpace(b)
          straightSingleQuote(buf, at: i)
          i += 1
        case UInt8(ascii: ">"):
          if lineOnlySpaces { lineQuoted = true }
          sawNonSpace(b)
          i += 1
        case UInt8(ascii: "-"):
          let spaced =
            i > 0 && Self.isSpace(buf[i - 1]) && (i + 1 >= n || Self.isSpace(buf[i + 1]))
          if spaced { pendingClause = true }
          sawNonSpace(b)
          i += 1
        case UInt8(ascii: "$"):
          sawNonSpace(b)
          emitSymbol(buf, from: i, to: i + 1)
          moneyAt = i + 1
          i += 1
        default:
          sawNonSpace(b)
          i += 1
        }
      } else {
        let (scalar, length) = Self.decode(buf, at: i)
        if let scalar, Self.isWordScalar(scalar) {
          i = scanWord(buf, from: i)
          continue
        }
        i += length
        guard let scalar else { continue }
        scanSymbol(buf, scalar, end: i)
      }
    }
    endLine(buf, at: n, next: n)
    closeQuotes()
    flushSentence()
  }

  /// Handles a non-ASCII scalar that is not part of a word.
  private mutating func scanSymbol(
    _ buf: UnsafeBufferPointer<UInt8>, _ scalar: Unicode.Scalar, end: Int
  ) {
    switch scalar.value {
    case 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF:
      return
    case 0x2028, 0x2029, 0x85:
      endLine(buf, at: end - Int(UTF8.width(scalar)), next: end)
      return
    default:
      break
    }
    sawNonSpace(0xFF)
    switch scalar.value {
    case 0x2018:
      if !inSingle { openSingle() }
    case 0x2019:
      if inSingle { inSingle = false }
    case 0x201C, 0x201E, 0xAB:
      openDouble()
    case 0x201D, 0xBB:
      inDouble = false
    case 0x2013, 0x2014:
      pendingClause = true
    case 0x2026:
      pauseOrEnd(buf, after: end)
    case 0xA2...0xA5, 0x20A0...0x20CF, 0x09F3, 0x0E3F:
      emitSymbol(buf, from: end - Int(UTF8.width(scalar)), to: end)
      moneyAt = end
    default:
      let properties = scalar.properties
      let isEmoji = properties.isEmojiPresentation || properties.isEmoji && scalar.value > 0x2000
      if isEmoji, !properties.isEmojiModifier {
        emitSymbol(buf, from: end - Int(UTF8.width(scalar)), to: end)
      }
    }
  }

  /// Emits a currency sign or an emoji as a token of its own.
  private mutating func emitSymbol(_ buf: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
  {
    let id = lexicon.lookup(UnsafeBufferPointer(rebasing: buf[start..<end])).0
    emit(start: start, end: end, id: id, flags: .symbol)
  }

  mutating func sawNonSpace(_ byte: UInt8) {
    lineOnlySpaces = false
    lastNonSpaceByte = byte
  }

  private mutating func openDouble() {
    inDouble = true
    doubleOpenedAt = tokens.count
  }

  private mutating func openSingle() {
    inSingle = true
    singleOpenedAt = tokens.count
  }

  /// A straight `'` outside a word opens a quotation before a letter and
  /// closes an open one before a non-letter.
  private mutating func straightSingleQuote(_ buf: UnsafeBufferPointer<UInt8>, at i: Int) {
    let before: UInt8 = i > 0 ? buf[i - 1] : 0x20
    let after: UInt8 = i + 1 < buf.count ? buf[i + 1] : 0x20
    if !inSingle, !Self.isAlnum(before), Self.isLetter(after) {
      openSingle()
    } else if inSingle, !Self.isAlnum(after) {
      inSingle = false
    }
  }

  /// Clears the marks of quotations still open: they were not quotations.
  mutating func closeQuotes() {
    if inDouble {
      for index in doubleOpenedAt..<tokens.count { tokens[index].flags.remove(.quotedMarks) }
      inDouble = false
    }
    if inSingle {
      for index in singleOpenedAt..<tokens.count { tokens[index].flags.remove(.quotedMarks) }
      inSingle = false
    }
  }

  /// Periods: one ends a sentence unless it follows an abbreviation or a
  /// lower-case word comes next; two or more are an ellipsis, a pause.
  private mutating func scanDots(_ buf: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var i = start
    while i < buf.count, buf[i] == UInt8(ascii: ".") { i += 1 }
    sawNonSpace(UInt8(ascii: "."))
    if i - start >= 2 {
      pauseOrEnd(buf, after: i)
      return i
    }
    if i < buf.count, !Self.isSpace(buf[i]), !Self.isClosing(buf[i]) { return i }
    if let last = tokens.last, last.end == start {
      let flags = lexicon.flags(last.id)
      if flags.contains(.abbreviation)
        || (last.end - last.start == 1 && !last.flags.contains(.hasDigit))
      {
        return i
      }
    }
    var peek = i
    while peek < buf.count, buf[peek] == 0x20 || Self.isClosing(buf[peek]) { peek += 1 }
    if peek < buf.count, buf[peek] >= UInt8(ascii: "a"), buf[peek] <= UInt8(ascii: "z") {
      return i
    }
    endSentence(at: i)
    return i
  }

  /// An ellipsis: a pause inside the sentence, or its end when a space and a
  /// capital follow ("Well… Fine.").
  private mutating func pauseOrEnd(_ buf: UnsafeBufferPointer<UInt8>, after end: Int) {
    var peek = end
    while peek < buf.count, buf[peek] == 0x20 || Self.isClosing(buf[peek]) && buf[peek] < 0x80 {
      peek += 1
    }
    if peek > end, peek < buf.count, buf[peek] >= UInt8(ascii: "A"), buf[peek] <= UInt8(ascii: "Z")
    {
      endSentence(at: end)
    } else {
      pendingClause = true
    }
  }

  /// `!` and `?`: end the sentence; a run of two or more with a `!` shouts.
  private mutating func scanBangs(_ buf: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var i = start
    var bangs = 0
    var questions = 0
    while i < buf.count {
      if buf[i] == UInt8(ascii: "!") {
        bangs += 1
      } else if buf[i] == UInt8(ascii: "?") {
        questions += 1
      } else {
        break
      }
      i += 1
    }
    sawNonSpace(buf[start])
    if bangs > 0 { lineHasExclamation = true }
    if bangs > 0, bangs + questions >= 2 {
      loudMarks.append(
        LoudMark(
          start: start, end: i, tokenBefore: tokens.count - 1, line: Int32(lines.count),
          isQuoted: inDouble || inSingle || lineQuoted, hasQuestion: questions > 0))
    }
    endSentence(at: i)
    return i
  }

  mutating func endSentence(at end: Int) {
    if sentenceIndex >= 0, !pendingSentence {
      sentenceEnd = max(sentenceEnd, end)
    }
    pendingSentence = true
  }

  /// Writes the open sentence's end into ``sentences``.
  mutating func flushSentence() {
    guard !sentences.isEmpty else { return }
    sentences[sentences.count - 1].end = sentenceEnd
    sentences[sentences.count - 1].tokenEnd = tokens.count
  }

  /// Ends the line at `end`; `next` is where the next line starts.
  mutating func endLine(_ buf: UnsafeBufferPointer<UInt8>, at end: Int, next: Int) {
    let line = TextLine(
      start: lineStart, end: end, firstToken: lineFirstToken, tokenEnd: tokens.count,
      isQuoted: lineQuoted, hasLowercase: lineHasLowercase, hasExclamation: lineHasExclamation,
      isBlank: lineOnlySpaces)
    lines.append(line)
    if line.isBlank {
      pendingSentence = true
      closeQuotes()
    } else {
      var peek = next
      while peek < buf.count, buf[peek] == 0x20 || buf[peek] == 0x09 { peek += 1 }
      let lowercaseNext =
        peek < buf.count && buf[peek] >= UInt8(ascii: "a") && buf[peek] <= UInt8(ascii: "z")
      if !lowercaseNext { pendingSentence = true }
    }
    lineStart = next
    lineFirstToken = tokens.count
    // Details (account numbers, enclosures) are set aside as quoted text is: not prose.
    lineQuoted =
      lines.count < layout.roles.count
      && [.quoted, .details].contains(layout.roles[lines.count])
    lineOnlySpaces = true
    lineHasLowercase = false
    lineHasExclamation = false
    lastNonSpaceByte = 0
  }

  /// Appends a token, opening a new sentence or clause first if one is due.
  mutating func emit(start: Int, end: Int, id: Int32, flags: TokenFlags) {
    if pendingSentence || sentenceIndex < 0 {
      flushSentence()
      sentenceIndex += 1
      clauseIndex += 1
      sentenceEnd = end
      sentences.append(
        TextSentence(start: start, end: end, firstToken: tokens.count, tokenEnd: tokens.count))
      pendingSentence = false
      pendingClause = false
    } else if pendingClause || clauseBreaks.contains(id) {
      clauseIndex += 1
      pendingClause = false
    }
    var flags = flags
    if inDouble || inSingle { flags.insert(.quotedMarks) }
    if lineQuoted { flags.insert(.quotedLine) }
    if lexicon.flags(id).contains(.verbAfterIll), let previous = tokens.last,
      previous.id == illIDs.ill, previous.id >= 0, previous.sentence == sentenceIndex,
      previous.line == Int32(lines.count)
    {
      tokens[tokens.count - 1].id = illIDs.i
      var will = previous
      will.id = illIDs.will
      will.flags.insert(.contractionPiece)
      tokens.append(will)
    }
    tokens.append(
      TextToken(
        start: start, end: end, id: id, flags: flags, sentence: sentenceIndex,
        clause: clauseIndex, line: Int32(lines.count)))
    sentenceEnd = max(sentenceEnd, end)
  }
}
