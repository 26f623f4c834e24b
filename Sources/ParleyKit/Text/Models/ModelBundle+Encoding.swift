/// The compact binary form of a bundle: little-endian, weights quantized to one
/// byte each with one scale per model (round half away from zero).
///
///     "PRLYMDL2" · digest · parameter count · (name · value)… · model count
///     per model: name · labels · dimension bits · threshold · scale · biases · weights
///
/// Strings are a UInt32 length and UTF-8; floats are IEEE 754 binary32 bits.
extension ModelBundle {
  /// The format's first eight bytes.
  static let magic = Array("PRLYMDL2".utf8)

  /// What is wrong with a bundle's bytes.
  public enum DecodingError: Error, Equatable, Sendable {
    /// The bytes do not start with the format's magic.
    case notABundle
    /// The bytes end before the bundle does.
    case truncated
    /// A model's declared sizes do not fit together.
    case malformed(String)
  }

  /// The bundle's bytes.
  public func encoded() -> [UInt8] {
    var writer = ByteWriter()
    writer.bytes += Self.magic
    writer.string(trainingDigest)
    writer.uint32(UInt32(parameters.count))
    for (name, value) in parameters.sorted(by: { $0.key < $1.key }) {
      writer.string(name)
      writer.float(value)
    }
    let ordered = models.values.sorted { $0.name < $1.name }
    writer.uint32(UInt32(ordered.count))
    for model in ordered {
      writer.string(model.name)
      writer.uint32(UInt32(model.labels.count))
      for label in model.labels { writer.string(label) }
      writer.uint32(UInt32(model.hasher.dimensionBits))
      writer.float(model.threshold)
      let largest = model.weights.reduce(Float(0)) { max($0, abs($1)) }
      let scale = largest > 0 ? largest / 127 : 1
      writer.float(scale)
      for bias in model.biases { writer.float(bias) }
      writer.bytes.reserveCapacity(writer.bytes.count + model.weights.count)
      for weight in model.weights {
        let level = (weight / scale).rounded(.toNearestOrAwayFromZero)
        writer.bytes.append(UInt8(bitPattern: Int8(min(max(level, -127), 127))))
      }
    }
    return writer.bytes
  }

  /// Reads a bundle from `bytes`, as written by ``encoded()``.
  public init(decoding bytes: [UInt8]) throws(DecodingError) {
    var reader = ByteReader(bytes: bytes)
    guard bytes.count >= Self.magic.count, Array(bytes[0..<Self.magic.count]) == Self.magic
    else { throw .notABundle }
    reader.offset = Self.magic.count
    let digest = try reader.string()
    var parameters: [String: Float] = [:]
    let parameterCount = try reader.uint32()
    guard parameterCount <= 256 else { throw .malformed("\(parameterCount) parameters") }
    for _ in 0..<parameterCount {
      let name = try reader.string()
      parameters[name] = try reader.float()
    }
    let count = try reader.uint32()
    var models: [LinearModel] = []
    for _ in 0..<count {
      let name = try reader.string()
      let labelCount = Int(try reader.uint32())
      guard (1...64).contains(labelCount) else { throw .malformed("\(name): \(labelCount) labels") }
      let labels = try (0..<labelCount).map { _ throws(DecodingError) in try reader.string() }
      let bits = Int(try reader.uint32())
      guard (8...24).contains(bits) else { throw .malformed("\(name): \(bits) bits") }
      let threshold = try reader.float()
      let scale = try reader.float()
      let biases = try (0..<labelCount).map { _ throws(DecodingError) in try reader.float() }
      let weightCount = (1 << bits) * labelCount
      let levels = try reader.take(weightCount)
      let weights = [Float](unsafeUninitializedCapacity: weightCount) { buffer, initialized in
        levels.withUnsafeBufferPointer { levels in
          for index in 0..<weightCount {
            buffer[index] = Float(Int8(bitPattern: levels[index])) * scale
          }
        }
        initialized = weightCount
      }
      models.append(
        LinearModel(
          name: name, labels: labels, hasher: FeatureHasher(dimensionBits: bits), biases: biases,
          weights: weights, threshold: threshold))
    }
    self.init(models: models, trainingDigest: digest, parameters: parameters)
  }
}
