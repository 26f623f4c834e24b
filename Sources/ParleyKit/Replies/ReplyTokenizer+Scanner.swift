extension ReplyTokenizer {
  /// The tokenizer's state over one reply: the tokens so far and the current
  /// sentence and clause.
  struct Scanner {
    /// The tokens read so far.
    private(set) var tokens: [ReplyToken] = []
    /// The current sentence number.
    private var sentence = 0
    /// The current clause number.
    private var clause = 0

    /// Starts a new sentence (and clause) unless the current one is empty.
    mutating func endSentence() {
      if tokens.last?.sentence == sentence { sentence += 1 }
      endClause()
    }

    /// Starts a new clause unless the current one is empty.
    mutating func endClause() {
      if tokens.last?.clause == clause { clause += 1 }
    }

    /// Reads one line's characters into tokens.
    mutating func scan(_ line: [Character], lineIndex: Int) {
      var index = 0
      while index < line.count {
        let character = line[index]
        if character.isLetter {
          index = readWord(line, from: index, lineIndex: lineIndex)
        } else if character.isASCIIDigit {
          index = readNumber(line, from: index, lineIndex: lineIndex)
        } else if ReplyTokenizer.currencySymbols.contains(character) || character.isReplyEmoji {
          let word =
            character.isReplyEmoji
            ? String(character.unicodeScalars.first.map(Character.init) ?? character)
            : String(character)
          append(word, line: lineIndex, start: index, end: index + 1, isShouted: false)
          index += 1
        } else if character == "!" {
          var end = index
          while end < line.count && line[end] == "!" { end += 1 }
          if end - index >= 3 {
            append("!!!", line: lineIndex, start: index, end: end, isShouted: false)
          }
          endSentence()
          index = end
        } else {
          punctuate(character, in: line, at: index)
          index += 1
        }
      }
    }

    /// Ends a sentence or clause for punctuation; other characters only separate words.
    private mutating func punctuate(_ character: Character, in line: [Character], at index: Int) {
      switch character {
      case ".", "?", ";", "…":
        endSentence()
      case ",", ":", "(", ")", "—", "–", "\"", "“", "”":
        endClause()
      case "-":
        let before = index > 0 && !line[index - 1].isWhitespace
        let after = index + 1 < line.count && !line[index + 1].isWhitespace
        if !(before && after) { endClause() }
      default:
        break
      }
    }

    /// Reads a word from `start`; returns the index after it.
    private mutating func readWord(_ line: [Character], from start: Int, lineIndex: Int) -> Int {
      var end = start
      var letters = 0
      while end < line.count {
        let character = line[end]
        if character.isLetter || character.isASCIIDigit {
          letters += character.isLetter ? 1 : 0
          end += 1
        } else if character.isReplyApostrophe, end + 1 < line.count, line[end + 1].isLetter {
          end += 1
        } else if character == "*", letters <= 2 {
          end += 1
        } else {
          break
        }
      }
      let written = line[start..<end]
      let isShouted = letters >= 2 && written.allSatisfy { !$0.isLetter || $0.isUppercase }
      let folded = String(written).replyFolded
      for word in ReplyTokenizer.expand(folded) {
        append(word, line: lineIndex, start: start, end: end, isShouted: isShouted)
      }
      // A trailing apostrophe (`clients'`) is skipped as punctuation.
      return end
    }

    /// Reads a number and its letter suffix from `start`; returns the index after it.
    private mutating func readNumber(_ line: [Character], from start: Int, lineIndex: Int) -> Int {
      var end = start
      while end < line.count {
        let character = line[end]
        if character.isASCIIDigit {
          end += 1
        } else if ".,/:'’-".contains(character), end + 1 < line.count,
          line[end + 1].isASCIIDigit
        {
          end += 1
        } else {
          break
        }
      }
      while end < line.count && line[end].isLetter { end += 1 }
      let word = String(line[start..<end]).lowercased()
      append(word, line: lineIndex, start: start, end: end, isShouted: false)
      return end
    }

    /// Appends a token in the current sentence and clause.
    private mutating func append(
      _ word: String, line: Int, start: Int, end: Int, isShouted: Bool
    ) {
      tokens.append(
        ReplyToken(
          word: word, line: line, start: start, end: end, sentence: sentence, clause: clause,
          isShouted: isShouted))
    }
  }

  /// Currency symbols read as tokens of their own.
  static let currencySymbols: Set<Character> = ["£", "€", "$", "¥", "₹"]
}
