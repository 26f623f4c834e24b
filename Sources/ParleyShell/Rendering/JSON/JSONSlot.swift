/// One place in a JSON tree being encoded: a value, or an object or array
/// whose members are filled in later by nested containers.
final class JSONSlot {
  private var value: JSONValue = .null
  private var members: [String: JSONSlot]?
  private var elements: [JSONSlot]?

  /// Sets a finished value here.
  func set(_ value: JSONValue) {
    self.value = value
    members = nil
    elements = nil
  }

  /// A new member `key` of the object here (making this an object).
  func member(_ key: String) -> JSONSlot {
    let slot = JSONSlot()
    if members == nil { members = [:] }
    members?[key] = slot
    return slot
  }

  /// Makes this an object, if it is not one already.
  func becomeObject() {
    if members == nil { members = [:] }
  }

  /// A new last element of the array here (making this an array).
  func appendElement() -> JSONSlot {
    let slot = JSONSlot()
    if elements == nil { elements = [] }
    elements?.append(slot)
    return slot
  }

  /// Makes this an array, if it is not one already.
  func becomeArray() {
    if elements == nil { elements = [] }
  }

  /// How many elements the array here has.
  var elementCount: Int { elements?.count ?? 0 }

  /// The finished tree.
  var resolved: JSONValue {
    if let members { return .object(members.mapValues(\.resolved)) }
    if let elements { return .array(elements.map(\.resolved)) }
    return value
  }
}
