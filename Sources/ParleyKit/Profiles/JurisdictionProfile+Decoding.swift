import Foundation

extension JurisdictionProfile {
  /// Reads a profile from a file's bytes and checks it.
  ///
  /// Unknown fields are errors, so a typo (`"limt"`) is caught rather than
  /// silently ignored; so are facts with no source and impossible values.
  /// - Parameters:
  ///   - data: The file's contents.
  ///   - file: The file's name as the user knows it, for messages.
  /// - Throws: ``ProfileError`` naming the file and the field.
  public static func decode(_ data: Data, file: String) throws(ProfileError) -> JurisdictionProfile
  {
    let tree: Any
    do {
      tree = try JSONSerialization.jsonObject(with: data, options: [])
    } catch {
      throw ProfileError(file: file, path: "", problem: "not valid JSON (\(jsonProblem(error)))")
    }
    guard tree is [String: Any] else {
      throw ProfileError(file: file, path: "", problem: "expected an object at the top level")
    }
    let profile: JurisdictionProfile
    do {
      profile = try JSONDecoder().decode(JurisdictionProfile.self, from: data)
    } catch let error as DecodingError {
      throw ProfileError(file: file, decoding: error)
    } catch {
      throw ProfileError(file: file, path: "", problem: "\(error)")
    }
    if let unknown = unknownField(in: tree, known: profile.reencoded) {
      throw ProfileError(file: file, path: unknown, problem: "unknown field")
    }
    try profile.check(file: file)
    return profile
  }

  /// The profile encoded and read back as a JSON tree, to compare keys with.
  private var reencoded: Any {
    guard let data = try? JSONEncoder().encode(self),
      let tree = try? JSONSerialization.jsonObject(with: data, options: [])
    else { return [String: Any]() }
    return tree
  }

  /// The path of the first field in `tree` that `known` does not have.
  ///
  /// A field set to `null` counts as absent, not unknown.
  private static func unknownField(in tree: Any, known: Any, path: String = "") -> String? {
    if let object = tree as? [String: Any] {
      let knownObject = known as? [String: Any] ?? [:]
      for key in object.keys.sorted() {
        let child = path.isEmpty ? key : "\(path).\(key)"
        guard let value = object[key], !(value is NSNull) else { continue }
        guard let knownValue = knownObject[key] else { return child }
        if let found = unknownField(in: value, known: knownValue, path: child) { return found }
      }
    } else if let array = tree as? [Any], let knownArray = known as? [Any] {
      for (index, value) in array.enumerated() where index < knownArray.count {
        if let found = unknownField(in: value, known: knownArray[index], path: "\(path)[\(index)]")
        {
          return found
        }
      }
    }
    return nil
  }

  /// Checks values JSON types cannot: ids, codes, ranges, order, sources.
  func check(file: String) throws(ProfileError) {
    func fail(_ path: String, _ problem: String) -> ProfileError {
      ProfileError(file: file, path: path, problem: problem)
    }
    guard !id.isEmpty, id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else {
      throw fail("id", "expected lower-case letters, digits and '-', such as gb-ewl")
    }
    guard Currency.named(currency) != nil else {
      throw fail("currency", "unknown currency '\(currency)'")
    }
    guard !ladder.isEmpty, ladder == ladder.sorted() else {
      throw fail("ladder", "expected stages in ladder order, from remind to recover")
    }
    for (key, rule) in letterBeforeClaim?.rulesByKey ?? [] {
      if let days = rule?.replyDays, days < 0 {
        throw fail("letterBeforeClaim.\(key).replyDays", "expected 0 or more days")
      }
    }
    if let small = smallClaims, small.limit.hundredths <= 0 {
      throw fail("smallClaims.limit", "expected an amount above zero")
    }
    if let fees = courtIssueFees {
      for (index, band) in fees.enumerated()
      where (band.fee == nil) == (band.percentBasisPoints == nil) {
        throw fail("courtIssueFees[\(index)]", "expected either fee or percentBasisPoints")
      }
      let bounds = fees.map(\.upTo)
      guard bounds.dropLast().allSatisfy({ $0 != nil }),
        zip(bounds, bounds.dropFirst()).allSatisfy({
          guard let low = $0, let high = $1 else { return true }
          return low < high
        })
      else { throw fail("courtIssueFees", "expected bands in rising order, only the last open") }
    }
    if let limit = limitationYears, limit <= 0 {
      throw fail("limitationYears", "expected a number of years above zero")
    }
    if let interest = statutoryInterest {
      guard interest.dayBasis > 0 else {
        throw fail("statutoryInterest.dayBasis", "expected a number of days above zero")
      }
      guard !interest.referenceDates.isEmpty,
        interest.referenceDates.allSatisfy({ MonthDay(interest: $0) != nil })
      else {
        throw fail("statutoryInterest.referenceDates", "expected month-days such as \"06-30\"")
      }
    }
    let rules = contactRules
    guard rules.minDaysBetweenContacts >= 0 else {
      throw fail("contactRules.minDaysBetweenContacts", "expected 0 or more days")
    }
    guard rules.maxContactsPer30Days > 0 else {
      throw fail("contactRules.maxContactsPer30Days", "expected a number above zero")
    }
    guard rules.cooldownAfterConversationDays >= 0 else {
      throw fail("contactRules.cooldownAfterConversationDays", "expected 0 or more days")
    }
    if let missing = missingSources.first {
      throw fail("sources", "no source for the fact '\(missing)'")
    }
  }

  /// A short reason JSONSerialization gave.
  private static func jsonProblem(_ error: any Error) -> String {
    let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
    return text ?? "\(error.localizedDescription)"
  }
}

extension ProfileError {
  /// The error for a decoding failure, with the field path and the expected type.
  init(file: String, decoding error: DecodingError) {
    func path(_ keys: [any CodingKey]) -> String {
      var text = ""
      for key in keys {
        if let index = key.intValue {
          text += "[\(index)]"
        } else {
          text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
        }
      }
      return text
    }
    switch error {
    case .typeMismatch(let type, let context):
      self.init(file: file, path: path(context.codingPath), problem: "expected \(Self.noun(type))")
    case .valueNotFound(let type, let context):
      self.init(
        file: file, path: path(context.codingPath), problem: "expected \(Self.noun(type)), got null"
      )
    case .keyNotFound(let key, let context):
      self.init(file: file, path: path(context.codingPath + [key]), problem: "missing")
    case .dataCorrupted(let context):
      let detail = context.debugDescription
      let problem = detail.hasPrefix("Cannot initialize") ? Self.unknownValue(detail) : detail
      self.init(file: file, path: path(context.codingPath), problem: problem)
    @unknown default:
      self.init(file: file, path: "", problem: "\(error)")
    }
  }

  /// `a number`, `text`, `true or false`, `a list`, `an object` for a Swift type.
  private static func noun(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "text"
    case is Bool.Type: return "true or false"
    case is Int.Type, is Int64.Type, is Double.Type: return "a number"
    default:
      let name = String(describing: type)
      if name.hasPrefix("Array") { return "a list" }
      if name.hasPrefix("Dictionary") { return "an object" }
      return "a value of type \(name)"
    }
  }

  /// `unknown value 'foo'` from Foundation's "Cannot initialize … from invalid String value foo".
  private static func unknownValue(_ detail: String) -> String {
    guard let range = detail.range(of: "value ", options: .backwards) else {
      return "unknown value"
    }
    return "unknown value '\(detail[range.upperBound...])'"
  }
}
