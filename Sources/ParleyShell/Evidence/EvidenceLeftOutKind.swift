/// A kind of journal entry the version for sharing leaves out, because it
/// shows the claimant's own position in the negotiation rather than what
/// passed between the parties.
///
/// The shared version keeps only the kinds it knows to be facts between the
/// parties (``sharedTypes``); anything else, a kind added later included, is
/// left out, so a new private kind cannot leak by default.
enum EvidenceLeftOutKind: String, Hashable, Sendable, CaseIterable {
  /// Cash-flow answers: the user's need, its day, how long they can wait,
  /// whether they want to keep the client, and the client's means as the
  /// user noted them (the client's own words, where written, are exhibits).
  case cashFlow = "cash_flow"
  /// Plan options worked out; an agreed plan is its own entry and is kept.
  case planProposal = "plan_proposal"
  /// The user's own notes.
  case note
  /// A guard warning the user went past, with their reason.
  case warningOverridden = "warning_overridden"
  /// A void or a correction of an entry left out: its reason and its new
  /// values would say what that entry was.
  case correction
  /// A kind this parley does not know to be a fact between the parties.
  case otherKind = "other_kind"

  /// The journal types the shared version keeps: the facts between the parties.
  static let sharedTypes: Set<String> = [
    "case.opened", "invoice.added", "contact.logged", "payment.received", "plan.agreed",
    "plan.revised", "plan.cancelled", "escalation.recorded", "dispute.noted", "promise.noted",
    "case.closed", "case.reopened", "client.renamed", "case.renamed",
  ]

  /// The kind an entry of journal `type` is left out as, or nil when the
  /// shared version keeps it.
  ///
  /// - Parameters:
  ///   - type: The entry's journal type (`note`).
  ///   - voidTarget: For a `void`, the entry it cancels; for a correction, the
  ///     entry it corrects.
  ///   - leftOut: The entries already left out (a void or a correction comes
  ///     after its target).
  init?(type: String, voidTarget: Int?, leftOut: Set<Int>) {
    guard !Self.sharedTypes.contains(type) else { return nil }
    switch type {
    case "void", "entry.corrected":
      // A void whose target is unknown is left out too: it might be about anything.
      guard let voidTarget, !leftOut.contains(voidTarget) else {
        self = .correction
        return
      }
      return nil
    case "cashflow.noted": self = .cashFlow
    case "plan.proposed": self = .planProposal
    case "note": self = .note
    case "guard.overridden": self = .warningOverridden
    default: self = .otherKind
    }
  }

  /// The kind named for a count: `1 cash-flow note`, `2 private notes`.
  func counted(_ count: Int) -> String {
    "\(count) \(count == 1 ? label : pluralLabel)"
  }

  /// One entry of the kind: `cash-flow note`.
  var label: String {
    switch self {
    case .cashFlow: "cash-flow note"
    case .planProposal: "plan proposal"
    case .note: "private note"
    case .warningOverridden: "warning overridden"
    case .correction: "void or correction of an entry left out"
    case .otherKind: "entry of another kind"
    }
  }

  /// More than one: `cash-flow notes`.
  var pluralLabel: String {
    switch self {
    case .cashFlow: "cash-flow notes"
    case .planProposal: "plan proposals"
    case .note: "private notes"
    case .warningOverridden: "warnings overridden"
    case .correction: "voids or corrections of entries left out"
    case .otherKind: "entries of other kinds"
    }
  }

  /// What entries of the kind hold, and so why they are left out.
  var holds: String {
    switch self {
    case .cashFlow:
      "what the claimant needs and by when, how long they can wait, whether they want to keep "
        + "the client, and the client's means as the claimant noted them"
    case .planProposal:
      "payment plans worked out for the claimant to offer; a plan the client agreed is included"
    case .note: "the claimant's own notes"
    case .warningOverridden:
      "parley's process warnings the claimant went past, with their reasons"
    case .correction:
      "a void or a correction of an entry left out, whose reason or new values would say what "
        + "that entry was"
    case .otherKind:
      "kinds of entry this version of parley does not know to be facts between the parties"
    }
  }
}
