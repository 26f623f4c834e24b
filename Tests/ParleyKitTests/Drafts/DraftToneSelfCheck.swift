import Foundation
import Testing

@testable import ParleyKit

/// A small stand-in for the tone checker: words and marks a calm draft never
/// uses. The real checker lands separately; the integrator adds the test that
/// every draft passes it.
enum DraftToneSelfCheck {
  /// Threats, premature legal words, anger, sarcasm, shaming, pestering,
  /// guilt and ultimatums, matched as whole words or phrases, any case.
  static let forbidden = [
    "legal action", "solicitor", "lawyer", "attorney", "bailiff", "debt collector",
    "collection agency", "ccj", "consequences", "or else", "last chance", "final warning",
    "warning", "threat", "immediately", "urgent", "as per my last", "still waiting",
    "third time", "again", "yet again", "ridiculous", "unacceptable", "disgusting", "shame",
    "shameful", "review", "reviews", "linkedin", "social media", "tell everyone", "very busy",
    "some of us", "bills to pay", "ruin", "ruining", "24 hours", "48 hours", "tonight",
    "end of the day", "ignore", "ignored", "ignoring", "failed", "refuse", "refused",
    "obviously", "clearly", "surely", "frankly", "demand", "insist", "must", "police",
    "arrest", "name and shame", "blacklist", "unprofessional", "disappointed", "sadly",
  ]

  /// Acronyms a draft may write in capitals.
  static let acronyms: Set<String> = ["GBP", "USD", "EUR", "CAD", "AUD", "CHF", "UK", "US", "VAT"]

  /// Expects `draft` to be calm by these simple rules.
  static func expectCalm(
    _ draft: Draft, facts: DraftFacts, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let text = draft.fullText
    // "Final demand for payment" is the American letter's name, not a demand in tone.
    let lower = text.lowercased().replacingOccurrences(of: "final demand for payment", with: "")
    let words = wordsOf(lower)
    func check(_ condition: Bool, _ rule: String) {
      if !condition {
        Issue.record(
          "\(rule)\n\(draft.kind.id) \(draft.variant.rawValue):\n\(text)",
          sourceLocation: sourceLocation)
      }
    }
    for phrase in forbidden {
      let phraseWords = wordsOf(phrase)
      check(!contains(words, phraseWords), "uses '\(phrase)'")
    }
    check(!text.contains("!"), "no exclamation marks")
    check(!text.contains("?!") && !text.contains("!!"), "no !! or ?!")

    let allowedCaps =
      acronyms.union(facts.invoices.flatMap { capitalWords($0.number) })
      .union(capitalWords(facts.client))
    for word in capitalWords(text) where !allowedCaps.contains(word) {
      check(false, "shouts '\(word)' in capitals")
    }

    let mentionsCourt = contains(words, ["court"])
    if draft.kind == .letterBeforeClaim && draft.variant == .email {
      check(mentionsCourt, "a letter before claim states the next step factually")
      // By whole words: a link to the courts' website is not a mention of court.
      let mediation = words.firstIndex(of: "mediation")
      let court = words.firstIndex(of: "court")
      if let mediation, let court {
        check(mediation < court, "offers mediation before it mentions court")
      } else {
        check(false, "offers mediation")
      }
    } else {
      check(!mentionsCourt, "mentions court only in the letter before claim")
    }
  }

  /// The words of `text`: runs of letters, digits and apostrophes.
  static func wordsOf(_ text: String) -> [Substring] {
    text.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }
  }

  /// Whether `words` contains `phrase` as consecutive words.
  static func contains(_ words: [Substring], _ phrase: [Substring]) -> Bool {
    guard !phrase.isEmpty, words.count >= phrase.count else { return false }
    return (0...(words.count - phrase.count)).contains { start in
      zip(words[start...], phrase).allSatisfy { $0 == $1 }
    }
  }

  /// Words of two or more letters written all in capitals (`PLEASE`, `INV`).
  static func capitalWords(_ text: String) -> [String] {
    text.split { !($0.isLetter || $0.isNumber) }.compactMap { word in
      let letters = word.filter(\.isLetter)
      guard letters.count >= 2, letters.allSatisfy(\.isUppercase) else { return nil }
      return String(word)
    }
  }
}
