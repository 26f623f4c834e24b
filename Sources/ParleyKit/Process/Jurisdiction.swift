/// A place whose rules a case runs under: its id, name, usual currency and date order.
///
/// The legal facts for each (limits, windows, interest) live in the profile
/// data files; this is only what a case needs to be opened and read.
public struct Jurisdiction: Hashable, Sendable {
  /// The profile id (`gb-ewl`).
  public let id: String
  /// The name people use (`England & Wales`).
  public let name: String
  /// The currency debts there are usually in.
  public let currency: Currency
  /// How people there write numeric dates.
  public let dateOrder: DateOrder

  /// Creates a jurisdiction.
  public init(id: String, name: String, currency: Currency, dateOrder: DateOrder) {
    self.id = id
    self.name = name
    self.currency = currency
    self.dateOrder = dateOrder
  }

  /// The jurisdictions parley ships, England & Wales first (the default).
  public static let builtIn: [Jurisdiction] = [
    Jurisdiction(id: "gb-ewl", name: "England & Wales", currency: .gbp, dateOrder: .dayFirst),
    Jurisdiction(id: "gb-sct", name: "Scotland", currency: .gbp, dateOrder: .dayFirst),
    Jurisdiction(id: "gb-nir", name: "Northern Ireland", currency: .gbp, dateOrder: .dayFirst),
    Jurisdiction(id: "us-ca", name: "California, US", currency: .usd, dateOrder: .monthFirst),
    Jurisdiction(id: "us-ny", name: "New York, US", currency: .usd, dateOrder: .monthFirst),
    Jurisdiction(id: "us-tx", name: "Texas, US", currency: .usd, dateOrder: .monthFirst),
    Jurisdiction(id: "us-fl", name: "Florida, US", currency: .usd, dateOrder: .monthFirst),
    Jurisdiction(
      id: "au-nsw", name: "New South Wales, Australia", currency: .aud, dateOrder: .dayFirst),
    Jurisdiction(id: "ca-on", name: "Ontario, Canada", currency: .cad, dateOrder: .dayFirst),
    Jurisdiction(id: "generic", name: "Anywhere else", currency: .eur, dateOrder: .dayFirst),
  ]

  /// The default jurisdiction: England & Wales.
  public static var defaultJurisdiction: Jurisdiction { builtIn[0] }

  /// The built-in jurisdiction with this id (any case), if there is one.
  public static func withID(_ id: String) -> Jurisdiction? {
    let lower = id.lowercased()
    return builtIn.first { $0.id == lower }
  }
}
