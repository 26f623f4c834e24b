import Foundation
import ParleyKit

/// `check`: is this draft calm and professional enough to send?
enum CheckCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "check", summary: "Check a draft's tone before you send it", arguments: "[FILE | -]",
    positionals: [.file],
    discussion: """
      Reads a draft (pasted and ended by a line holding only '.', a FILE, - for \
      standard input, or --edit for your editor) and points at anything that \
      could hurt your case: threats, premature legal threats, anger, insults, \
      profanity, sarcasm, public shaming, pestering, guilt-tripping, \
      unreasonable ultimatums, shouting. Each finding gives the exact place \
      (line:column), why it hurts, and a calmer alternative. The verdict is \
      send, revise or don't send; the exit status is 0 for send and 1 otherwise. \
      With a case open, the check also knows the case: how recently you were in \
      touch, and whether a plan installment is still to come. --rewrite offers a \
      calmer version. The verdict comes from a model trained on labelled drafts; \
      the rules name the words and offer calmer ones. The output names the \
      sentence the model weighs most; --explain shows the words that pushed it.
      """,
    examples: [
      "check draft.txt", "check --edit", "check - --rewrite", "check draft.txt --explain",
      "check draft.txt --json",
    ],
    options: [
      .caseOption, .flag("edit", "write or paste the draft in your editor"),
      .flag("rewrite", "print a calmer version of the draft"),
      .flag("explain", "show the words that pushed the model's judgement"), .json,
    ])

  /// Compiles the rules on the other core while the model decodes on this one
  /// (together a third of a one-shot check's time); started once per process.
  private static let rulesCompiling: Void = Thread.detachNewThread {
    ToneChecker.prepareRules()
  }

  static func run(_ arguments: ParsedArguments, in context: ShellContext) throws {
    _ = rulesCompiling
    let text = try draft(arguments, in: context)
    guard !text.trimmed.isEmpty else { throw ShellError.invalid("the draft is empty") }
    let toneContext = try self.toneContext(arguments, in: context)
    let report = ToneChecker.check(text, context: toneContext)
    let rewrite =
      arguments.has("rewrite")
      ? CalmRewrite.rewrite(text, report: report, context: toneContext) : nil
    // The explaining walk is only worth its cost when it is shown.
    let showsTerms = arguments.has("explain") || arguments.has("json")
    let terms =
      (showsTerms ? report.weighed : nil).map { weighed in
        ToneModel.builtIn?.explain(
          text, segment: TextSegment(utf8Offsets: weighed.span.utf8Offsets)) ?? []
      } ?? []
    if arguments.has("json") {
      context.say(try JSONOutput.render(ToneReportJSON(report, rewrite: rewrite, terms: terms)))
    } else {
      show(report, in: context)
      if arguments.has("explain") { explain(report, of: text, terms: terms, in: context) }
      if let rewrite { showRewrite(rewrite, in: context) }
    }
    let keptNothing = rewrite?.text.allSatisfy(\.isWhitespace) ?? false
    switch (report.verdict, keptNothing ? nil : rewrite?.report.verdict) {
    case (.send, _):
      return
    case (_, .send?):
      throw ShellError.failed(
        "the draft as written needs revising; the calmer version above can be sent")
    case (.dontSend, _):
      throw ShellError.failed("don't send this draft: it would hurt your case")
    default:
      throw ShellError.failed("revise the draft before you send it")
    }
  }

  /// The tone context of the case named or open, else none.
  static func toneContext(_ arguments: ParsedArguments, in context: ShellContext) throws
    -> ToneContext
  {
    let caseID =
      try arguments.value("case").map { try context.book.resolve($0) }
      ?? context.currentCase
    guard let caseID else { return .none }
    let state = try context.book.load(caseID)
    return ToneContext(
      state: state, today: try context.today(), profile: try context.profile(for: state))
  }

  private static func draft(_ arguments: ParsedArguments, in context: ShellContext) throws
    -> String
  {
    if arguments.has("edit") { return try Editor(context: context).edit(initialText: "") }
    if let path = arguments.positionals.first { return try TextFiles.read(path) }
    if context.isOneShot && !context.reader.isInteractive { return try TextFiles.read("-") }
    return try context.readBlock(
      introduction: "Paste the draft; end with a line holding only '.'.")
  }

  /// Prints each finding with its place, why it hurts and what to write instead, then the verdict.
  static func show(_ report: ToneReport, in context: ShellContext) {
    let style = context.style
    for finding in report.findings {
      let severity: String
      switch finding.severity {
      case .stop: severity = style.red("stop")
      case .warn: severity = style.yellow("warn")
      case .note: severity = "note"
      }
      context.say(
        "\(finding.span.line):\(finding.span.column)  \(severity)  \"\(finding.span.text)\"  "
          + style.dim("[\(finding.ruleID), \(finding.category.words)\(finding.basis.suffix)]"))
      context.say("    Why: \(finding.why)")
      if let alternative = finding.alternative { context.say("    Instead: \(alternative)") }
      if let advice = finding.advice { context.say("    Advice: \(advice.display)") }
    }
    if let weighed = report.weighed, report.verdict != .send || weighed.probability >= 0.5 {
      context.say(
        "Weighs most: \(weighed.span.line):\(weighed.span.column) \"\(weighed.span.text.clipped(70))\" "
          + "(\(weighed.percentText) likely to be stopped by a careful reader)")
    }
    context.say(report.verdictLine(style: style))
  }

  /// Prints each sentence's score and the words that pushed the sentence weighed most.
  private static func explain(
    _ report: ToneReport, of text: String, terms: [WeightedNGram], in context: ShellContext
  ) {
    guard let judgement = report.judgement else {
      context.say("No trained model is available; the verdict rests on the rules alone.")
      return
    }
    context.say()
    context.say(context.style.bold("How the model read it:"))
    context.say(
      "  the whole draft: \(WeighedSentence.percent(judgement.draftProbability)) "
        + "(flagged at \(WeighedSentence.percent(judgement.draftThreshold)))")
    context.say(
      "  each sentence is flagged at \(WeighedSentence.percent(judgement.sentenceThreshold)); "
        + "the highest:")
    let ranked = judgement.sentences.sorted { $0.probability > $1.probability }.prefix(3)
    let bytes = Array(text.utf8)
    for sentence in ranked {
      let upper = min(sentence.segment.utf8Offsets.upperBound, bytes.count)
      let lower = min(sentence.segment.utf8Offsets.lowerBound, upper)
      let words = String(decoding: bytes[lower..<upper], as: UTF8.self)
      context.say("    \(WeighedSentence.percent(sentence.probability))  \"\(words.clipped(70))\"")
    }
    if !terms.isEmpty {
      context.say(
        "  words that pushed it most: "
          + terms.map { "\"\($0.ngram)\"" }.joined(separator: ", "))
    }
  }

  private static func showRewrite(_ rewrite: RewriteResult, in context: ShellContext) {
    context.say()
    let isEmpty = rewrite.text.allSatisfy(\.isWhitespace)
    if !isEmpty {
      context.say(context.style.bold("A calmer version:"))
      context.say(rewrite.text)
    }
    for sentence in rewrite.dropped {
      context.say("Left out, as it could not be made calm: \"\(sentence.clipped(70))\"")
    }
    guard !isEmpty else {
      context.say(
        "Nothing of this draft could be kept calm. Start again from a draft parley writes: "
          + "'draft firm-reminder', or 'draft mediation-proposal' if talking has not worked.")
      return
    }
    for finding in rewrite.remaining {
      let what = finding.advice?.display ?? finding.alternative ?? finding.why
      context.say(
        "Still to fix by hand, at \(finding.span.line):\(finding.span.column) "
          + "\"\(finding.span.text)\": \(what)")
    }
    context.say(rewrite.report.verdictLine(style: context.style))
  }
}
