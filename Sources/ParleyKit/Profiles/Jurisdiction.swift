import Foundation

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

  /// The jurisdictions parley ships, in ``BuiltInProfiles``' listing order:
  /// each profile's id, name, currency and date order, read from its file.
  public static let builtIn: [Jurisdiction] = BuiltInProfiles.files.compactMap { file in
    guard let header = try? JSONDecoder().decode(Header.self, from: Data(file.text.utf8)),
      let currency = Currency.named(header.currency)
    else { return nil }
    return Jurisdiction(
      id: header.id, name: header.name, currency: currency, dateOrder: header.dateOrder)
  }

  /// The part of a profile file a jurisdiction is made from.
  private struct Header: Decodable {
    let id: String
    let name: String
    let currency: String
    let dateOrder: DateOrder
  }

  /// The default jurisdiction: England & Wales.
  public static var defaultJurisdiction: Jurisdiction {
    builtIn.first { $0.id == BuiltInProfiles.defaultID } ?? builtIn[0]
  }

  /// The built-in jurisdiction with this id (any case), if there is one.
  public static func withID(_ id: String) -> Jurisdiction? {
    let lower = id.lowercased()
    return builtIn.first { $0.id == lower }
  }
}
