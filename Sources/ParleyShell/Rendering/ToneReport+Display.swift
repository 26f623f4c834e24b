import ParleyKit

extension ToneCategory {
  /// The category in words: `premature legal threat`.
  var words: String {
    switch self {
    case .threat: "threat"
    case .prematureLegal: "premature legal threat"
    case .anger: "anger"
    case .insult: "insult"
    case .profanity: "profanity"
    case .sarcasm: "sarcasm or passive aggression"
    case .publicShaming: "public shaming"
    case .pestering: "pestering"
    case .guiltTrip: "guilt-tripping"
    case .ultimatum: "unreasonable ultimatum"
    case .shouting: "shouting"
    }
  }
}

extension ToneReport {
  /// `Verdict: send — calm and professional.` and the like.
  func verdictLine(style: Style) -> String {
    let warnings = findings.filter { $0.severity == .warn }.count
    let stops = findings.filter { $0.severity == .stop }.count
    let notes = findings.filter { $0.severity == .note }.count
    switch verdict {
    case .send:
      let noteText = notes == 0 ? "" : " (\(notes) \(notes == 1 ? "note" : "notes") to consider)"
      return style.green("Verdict: send") + ". Calm and professional\(noteText)."
    case .revise:
      return style.yellow("Verdict: revise")
        + ". \(warnings) \(warnings == 1 ? "thing" : "things") to change before you send it."
    case .dontSend:
      return style.red("Verdict: don't send")
        + ". \(stops) \(stops == 1 ? "problem" : "problems") that would hurt your case."
    }
  }
}
