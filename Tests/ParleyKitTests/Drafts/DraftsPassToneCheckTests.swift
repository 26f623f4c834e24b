import Testing

@testable import ParleyKit

@Suite("Every draft parley writes passes parley's own tone check")
struct DraftsPassToneCheckTests {
  @Test(arguments: DraftCases.all, DraftKind.allCases)
  func noWarningOrStop(_ draftCase: DraftCase, _ kind: DraftKind) throws {
    let facts = try draftCase.facts()
    guard kind.isWritable(from: facts) else { return }
    let state = try draftCase.state()
    // Checked without a case, and with the case at the stage the draft is for.
    // Cadence (how recently you wrote) is the process guard's job, not the
    // draft's words, so it is left out here.
    var context = ToneContext(
      state: state, today: facts.today, profile: builtInProfile(state.opened.jurisdiction))
    context.pacing = nil
    if kind == .letterBeforeClaim { context.mediationOffered = true }
    for variant in DraftVariant.allCases {
      let draft = try DraftRenderer.render(kind, facts: facts, variant: variant)
      for toneContext in [ToneContext.none, context] {
        let report = ToneChecker.check(draft.fullText, context: toneContext)
        let blocking = report.findings.filter { $0.severity >= .warn }
        #expect(
          blocking.isEmpty,
          "\(kind.id) \(variant.rawValue) for \(draftCase): \(blocking.map { "\($0.ruleID) \"\($0.span.text)\"" })"
        )
      }
    }
  }
}
