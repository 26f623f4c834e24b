import Foundation

/// The models compiled into parley: decoded once, on first use.
public enum BuiltInModels {
  /// The bundle, or nil if the compiled weights cannot be read (a build defect
  /// the suite catches).
  public static let bundle: ModelBundle? = decode()

  /// Decodes the compiled weights afresh (``bundle`` keeps the first decoding).
  public static func decode() -> ModelBundle? {
    guard let data = Data(base64Encoded: ModelWeights.base64) else { return nil }
    return try? ModelBundle(decoding: [UInt8](data))
  }
}
