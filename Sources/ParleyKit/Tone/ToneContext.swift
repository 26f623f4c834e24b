/// What the case knows that bears on a draft's tone: the date, the pacing of
/// contact (recent messages, promises, a plan), and the stage on the ladder.
///
/// Every field has a default, so a draft can be checked with no case at all
/// (``none``). The shell fills it from the open case's journal.
public struct ToneContext: Hashable, Sendable {
  /// Whether the facts come from an open case. Without one, a factual mention
  /// of court is only a note; with one, it is judged against the stage.
  public var hasCase: Bool
  /// The user's local day, for deadlines such as "by 15 December".
  public var today: Day?
  /// How the user writes numeric dates, for deadlines such as "by 15/12".
  public var dateOrder: DateOrder
  /// When the client may next be chased, from the case; nil without one.
  public var pacing: ContactPacing?
  /// Whether mediation has been offered.
  public var mediationOffered: Bool
  /// Whether the formal letter before claim has been sent.
  public var letterBeforeClaimSent: Bool

  /// Creates a context; by default it describes an open case with no history.
  public init(
    hasCase: Bool = true, today: Day? = nil, dateOrder: DateOrder = .dayFirst,
    pacing: ContactPacing? = nil, mediationOffered: Bool = false,
    letterBeforeClaimSent: Bool = false
  ) {
    self.hasCase = hasCase
    self.today = today
    self.dateOrder = dateOrder
    self.pacing = pacing
    self.mediationOffered = mediationOffered
    self.letterBeforeClaimSent = letterBeforeClaimSent
  }

  /// No case and no date: the check judges the words alone.
  public static let none = ToneContext(hasCase: false)

  /// Whether the case has reached the stage where court may be mentioned:
  /// mediation offered or the letter before claim sent.
  public var isPastMediation: Bool { mediationOffered || letterBeforeClaimSent }
}
