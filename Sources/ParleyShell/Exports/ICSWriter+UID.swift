import ParleyStore

extension ICSWriter {
  /// The domain of every stable UID parley writes.
  static let uidDomain = "parley.invalid"

  /// Returns a UID that is the same for the same namespace and key, in every export.
  ///
  /// Re-exporting a plan then updates the events a calendar already holds
  /// instead of adding duplicates. The UID is a name-based UUID built from
  /// SHA-256 as RFC 9562 §5.8 and Appendix B.2 describe (version 8, variant
  /// `10`), as RFC 7986 §5.3 recommends, followed by `@parley.invalid` (a
  /// reserved domain, so it names no real host):
  /// `1b4e28ba-2fa1-8d2f-a3c4-7a1f2e3d4c5b@parley.invalid`.
  ///
  /// The digest covers a fixed prefix, the namespace's UTF-8 length as 8 bytes
  /// big-endian, the namespace, then the key, so ("ab", "c") and ("a", "bc")
  /// differ. Changing any of this changes every UID: the tests pin one value.
  /// - Parameters:
  ///   - namespace: What the events belong to and that never changes, e.g. a
  ///     case's identifier (not its display name, which can be edited).
  ///   - key: Which event within the namespace, e.g. `installment-3`.
  static func stableUID(namespace: String, key: String) -> String {
    let namespaceBytes = Array(namespace.utf8)
    var input = Array("parley-ics-uid-v1\u{0}".utf8)
    let length = UInt64(namespaceBytes.count)
    input += (0..<8).reversed().map { UInt8(truncatingIfNeeded: length >> (8 * UInt64($0))) }
    input += namespaceBytes
    input += key.utf8
    var bytes = Array(SHA256.hash(input).prefix(16))
    bytes[6] = (bytes[6] & 0x0F) | 0x80  // version 8
    bytes[8] = (bytes[8] & 0x3F) | 0x80  // variant 0b10
    let hex = Array(SHA256.hex(bytes))
    let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }
    return groups.joined(separator: "-") + "@" + uidDomain
  }
}
