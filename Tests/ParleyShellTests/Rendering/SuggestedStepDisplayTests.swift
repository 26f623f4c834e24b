import Foundation
import ParleyKit
import Testing

@testable import ParleyShell

/// The shell's one wording of ParleyKit's steps: each is a command the shell
/// runs, quoted the same way wherever a sentence names it.
@Suite("SuggestedStep and Guidance: how the shell words a step")
struct SuggestedStepDisplayTests {
  /// Every step there is: each draft, each ladder step, and the rest.
  static let everyStep: [SuggestedStep] =
    DraftKind.allCases.map(SuggestedStep.draft)
    + EscalationStep.allCases.map(SuggestedStep.escalate)
    + [
      .next, .verify, .newCase, .showAll, .senderDetails, .proposePlan, .agreePlan,
      .disputeAmount, .cashFlow,
    ]

  @Test(
    "each kind of step is worded as the command a user types",
    arguments: [
      (SuggestedStep.draft(.mediationProposal), "'draft mediation-proposal'"),
      (.draft(.letterBeforeClaim), "'draft letter-before-claim'"),
      (.escalate(.mediationOffered), "'escalate mediation-offered'"),
      (.escalate(.letterBeforeClaimSent), "'escalate letter-before-claim-sent'"),
      (.next, "'next'"),
      (.verify, "'verify'"),
      (.newCase, "'new'"),
      (.showAll, "'show --all'"),
      (.senderDetails, "'me'"),
      (.proposePlan, "'plan propose'"),
      (.agreePlan, "'plan agree N'"),
      (.disputeAmount, "'dispute --amount'"),
      (.cashFlow, "'cashflow'"),
    ])
  func wording(step: SuggestedStep, quoted: String) {
    #expect(step.quoted == quoted)
  }

  @Test("law: every step is a command the shell runs, with its kind, subcommand or option")
  func everyStepIsARealCommand() throws {
    for step in Self.everyStep {
      let words = step.command.split(separator: " ").map(String.init)
      let command = try CommandTable.command(named: words[0])
      #expect(command.spec.name == words[0], "\(step): the command's own name, not an alias")
      for word in words.dropFirst() {
        if word.hasPrefix("--") {
          #expect(
            command.spec.options.contains { $0.name == word.dropFirst(2) },
            "\(step.command): \(word) is an option of \(words[0])")
        } else if word != "N" {
          let known =
            DraftKind(id: word) != nil || EscalationStep(id: word) != nil
            || (command.spec.arguments ?? "").contains(word)
          #expect(known, "\(step.command): \(word) is an argument \(words[0]) takes")
        }
      }
    }
  }

  @Test("law: steps are worded apart, and a draft or ladder step keeps its id")
  func stepsAreDistinct() {
    #expect(Set(Self.everyStep.map(\.command)).count == Self.everyStep.count)
    #expect(Set(Self.everyStep.map(\.quoted)).count == Self.everyStep.count)
    for kind in DraftKind.allCases {
      #expect(SuggestedStep.draft(kind).command == "draft \(kind.id)")
      #expect(
        SuggestedStep.draft(kind).jsonKind == kind.id.replacingOccurrences(of: "-", with: "_"))
    }
    for step in EscalationStep.allCases {
      #expect(SuggestedStep.escalate(step).command == "escalate \(step.rawValue)")
    }
  }

  @Test("guidance reads as before: each step in place, quoted")
  func guidanceDisplay() {
    let instead: Guidance =
      "Offer mediation first (\(.draft(.mediationProposal))), give them time to answer, "
      + "and record it (\(.escalate(.mediationOffered))) by \(3) Dec."
    #expect(
      instead.display
        == "Offer mediation first ('draft mediation-proposal'), give them time to answer, "
        + "and record it ('escalate mediation-offered') by 3 Dec.")
    #expect(Guidance("no step here").display == "no step here")
  }

  @Test("--json names a step by snake_case name and kind, with the command; every key present")
  func json() throws {
    let steps = [SuggestedStepJSON(.draft(.mediationProposal)), SuggestedStepJSON(.showAll)]
    let data = Data(try JSONOutput.render(steps).utf8)
    let decoded = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    #expect(decoded[0]["step"] as? String == "draft")
    #expect(decoded[0]["kind"] as? String == "mediation_proposal")
    #expect(decoded[0]["command"] as? String == "draft mediation-proposal")
    #expect(decoded[1]["step"] as? String == "show_all")
    #expect(decoded[1]["kind"] is NSNull)
    #expect(decoded[1]["command"] as? String == "show --all")
    for step in Self.everyStep {
      let name = SuggestedStepJSON(step).step
      #expect(name == name.lowercased() && !name.contains("-"), "\(name) is snake_case")
    }
  }

  @Test("--json lists the steps a text points to once each, in reading order")
  func stepsInGuidance() {
    let notes: [Guidance] = [
      "add your name with \(.senderDetails)", "a pay link with \(.senderDetails)",
      "run \(.proposePlan)",
    ]
    #expect(
      SuggestedStepJSON.steps(in: notes)
        == [SuggestedStepJSON(.senderDetails), SuggestedStepJSON(.proposePlan)])
  }
}
