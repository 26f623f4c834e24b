/// Turns text into hashed features: word 1–2-grams, character 2–5-grams, and a
/// few features of form (share of capitals, words in capitals, runs of `!` and
/// `?`).
///
/// Length is deliberately not a feature: in the first corpora flagged drafts
/// were short and calm ones long, a shortcut a model must not learn.
///
/// N-grams are taken from the folded text: ASCII letters lower-cased, digits
/// read as `0`, curly quotes and dashes made plain, and runs of spaces made
/// one. They count `1/√n` each, where `n` is the number of n-grams, so a long
/// text and a short one weigh alike; features of form count 1 each.
///
/// - Complexity: Linear in the length of the text.
public struct FeatureHasher: Hashable, Sendable {
  /// The number of bits of a feature index: features live in `0..<(1 << bits)`.
  public let dimensionBits: Int

  /// The indices of the features of form, worked out once.
  private let formTable: FormTable

  /// A hasher into `1 << dimensionBits` features.
  public init(dimensionBits: Int) {
    precondition((8...24).contains(dimensionBits), "dimension bits out of range")
    self.dimensionBits = dimensionBits
    self.formTable = FormTable(dimensionBits: dimensionBits)
  }

  public static func == (lhs: FeatureHasher, rhs: FeatureHasher) -> Bool {
    lhs.dimensionBits == rhs.dimensionBits
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(dimensionBits) }

  /// The number of features.
  public var dimension: Int { 1 << dimensionBits }

  private var mask: UInt32 { UInt32(dimension - 1) }

  /// The shortest and longest character n-grams.
  static let characterLengths = 2...5

  // FNV-1a, with a different start for each kind of feature.
  private static let prime: UInt32 = 16_777_619
  private static let characterSeed: UInt32 = 2_166_136_261
  private static let wordSeed: UInt32 = 0x9E37_79B9
  private static let formSeed: UInt32 = 0x85EB_CA6B

  @inline(__always)
  private func finish(_ hash: UInt32) -> Int32 { Self.finish(hash, mask: mask) }

  @inline(__always)
  private static func finish(_ hash: UInt32, mask: UInt32) -> Int32 {
    var mixed = hash
    mixed ^= mixed >> 15
    mixed &*= 0x2C1B_3C6D
    mixed ^= mixed >> 12
    return Int32(bitPattern: mixed & mask)
  }

  /// Folds `bytes[range]` into `folded` (cleared first, its capacity kept),
  /// padded with a space at each end.
  public static func fold(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into folded: inout [UInt8]
  ) {
    folded.removeAll(keepingCapacity: true)
    folded.append(contentsOf: repeatElement(0, count: range.count + 2))
    let count = folded.withUnsafeMutableBufferPointer { fold(bytes, range, into: $0) }
    folded.removeLast(folded.count - count)
  }

  /// Folds `bytes[range]` into the start of `out`, which holds at least
  /// `range.count + 2` bytes, and returns how many it wrote: written through a
  /// pointer, as an array's append per byte costs more than the folding.
  static func fold(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
    into out: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    precondition(out.count >= range.count + 2, "fold buffer too small")
    out[0] = 0x20
    var written = 1
    var index = range.lowerBound
    while index < range.upperBound {
      var byte = bytes[index]
      index &+= 1
      switch byte {
      case 0x41...0x5A: byte |= 0x20
      case 0x30...0x39: byte = 0x30
      case 0x09, 0x0A, 0x0D: byte = 0x20
      case 0xE2 where index &+ 1 < range.upperBound && bytes[index] == 0x80:
        switch bytes[index &+ 1] {
        case 0x98, 0x99: byte = 0x27
        case 0x9C, 0x9D: byte = 0x22
        case 0x93, 0x94: byte = 0x2D
        default: break
        }
        if byte != 0xE2 { index &+= 2 }
      default: break
      }
      if byte == 0x20, out[written &- 1] == 0x20 { continue }
      out[written] = byte
      written &+= 1
    }
    if out[written &- 1] != 0x20 {
      out[written] = 0x20
      written &+= 1
    }
    return written
  }

  /// The features of `bytes[range]`: its n-grams (folded) and its features of form.
  public func features(
    of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scratch folded: inout [UInt8]
  ) -> FeatureVector {
    Self.fold(bytes, range, into: &folded)
    var collector = IndexCollector()
    collector.indices.reserveCapacity(folded.count * 5)
    folded.withUnsafeBufferPointer { emitNGrams(of: $0, into: &collector) }
    return FeatureVector(ngrams: collector.indices, form: formFeatures(of: bytes, range))
  }

  /// Emits the word and character n-grams of `folded` (as made by ``fold(_:_:into:)``).
  public func emitNGrams<Emitter: FeatureEmitter>(
    of folded: UnsafeBufferPointer<UInt8>, into emitter: inout Emitter
  ) {
    emitCharacterNGrams(of: folded, into: &emitter)
    emitWordNGrams(of: folded, into: &emitter)
  }

  func emitCharacterNGrams<Emitter: FeatureEmitter>(
    of folded: UnsafeBufferPointer<UInt8>, into emitter: inout Emitter
  ) {
    let count = folded.count
    let longest = Self.characterLengths.upperBound
    for start in 0..<max(count - 1, 0) {
      var hash = Self.characterSeed
      let end = min(start + longest, count)
      var index = start
      while index < end {
        hash = (hash ^ UInt32(folded[index])) &* Self.prime
        index += 1
        if index - start >= Self.characterLengths.lowerBound {
          emitter.emit(finish(hash), folded: folded, range: start..<index)
        }
      }
    }
  }

  func emitWordNGrams<Emitter: FeatureEmitter>(
    of folded: UnsafeBufferPointer<UInt8>, into emitter: inout Emitter
  ) {
    var previous: (hash: UInt32, start: Int)?
    var index = 0
    let count = folded.count
    while index < count {
      guard Self.isWordByte(folded[index]) else {
        index += 1
        continue
      }
      let start = index
      var hash = Self.wordSeed
      while index < count, Self.isWordByte(folded[index]) {
        hash = (hash ^ UInt32(folded[index])) &* Self.prime
        index += 1
      }
      emitter.emit(finish(hash), folded: folded, range: start..<index)
      if let previous {
        let pair = (previous.hash &* 31 &+ hash) ^ 0x5BD1_E995
        emitter.emit(finish(pair), folded: folded, range: previous.start..<index)
      }
      previous = (hash, start)
    }
  }

  /// The summed weights of every n-gram of `folded`, for two binary models
  /// whose weights sit side by side in `paired` (see ``PairedWeightSummer``),
  /// and how many n-grams there were: the same sums as emitting each n-gram,
  /// in a loop unrolled by length with one accumulator per length, so the
  /// additions do not wait on one another.
  func sumNGrams(
    of folded: UnsafeBufferPointer<UInt8>, paired: UnsafeBufferPointer<Float>
  ) -> (sums: SIMD2<Float>, count: Int) {
    let count = folded.count
    guard count >= 2 else { return (.zero, 0) }
    var sum2 = SIMD2<Float>.zero
    var sum3 = SIMD2<Float>.zero
    var sum4 = SIMD2<Float>.zero
    var sum5 = SIMD2<Float>.zero
    let mask = self.mask
    @inline(__always) func pair(_ hash: UInt32) -> SIMD2<Float> {
      let base = Int(Self.finish(hash, mask: mask)) &* 2
      return SIMD2(paired[base], paired[base &+ 1])
    }
    @inline(__always) func step(_ hash: UInt32, _ byte: UInt8) -> UInt32 {
      (hash ^ UInt32(byte)) &* Self.prime
    }
    var start = 0
    while start &+ 5 <= count {
      let h1 = step(Self.characterSeed, folded[start])
      let h2 = step(h1, folded[start &+ 1])
      let h3 = step(h2, folded[start &+ 2])
      let h4 = step(h3, folded[start &+ 3])
      let h5 = step(h4, folded[start &+ 4])
      sum2 += pair(h2)
      sum3 += pair(h3)
      sum4 += pair(h4)
      sum5 += pair(h5)
      start &+= 1
    }
    var emitted = start &* 4
    while start < count - 1 {
      var hash = step(Self.characterSeed, folded[start])
      var index = start &+ 1
      while index < count {
        hash = step(hash, folded[index])
        index &+= 1
        sum2 += pair(hash)
        emitted &+= 1
      }
      start &+= 1
    }
    var words = PairedWeightSummer(weights: paired)
    emitWordNGrams(of: folded, into: &words)
    let sums = (sum2 + sum3) + (sum4 + sum5) + SIMD2(words.first, words.second)
    return (sums, emitted &+ words.count)
  }

  static func isWordByte(_ byte: UInt8) -> Bool {
    (0x61...0x7A).contains(byte) || byte == 0x30 || byte == 0x27 || byte >= 0x80
  }

  /// The features of form of `bytes[range]`, as indices that count 1 each.
  public func formFeatures(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Int32] {
    var indices: [Int32] = []
    formFeatures(of: bytes, range, into: &indices)
    return indices
  }

  /// The features of form of `bytes[range]`, into `indices` (cleared first).
  public func formFeatures(
    of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into indices: inout [Int32]
  ) {
    var letters = 0
    var capitals = 0
    var capitalWords = 0
    var wordLetters = 0
    var wordCapitals = 0
    var exclamationRuns = 0
    var questionRuns = 0
    var previous: UInt8 = 0
    var runLength = 0
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      index &+= 1
      if (byte | 0x20) &- 0x61 < 26 {
        letters &+= 1
        wordLetters &+= 1
        if byte < 0x61 {
          capitals &+= 1
          wordCapitals &+= 1
        }
        previous = byte
        continue
      }
      if byte != 0x27 {
        if wordLetters >= 3, wordCapitals == wordLetters { capitalWords &+= 1 }
        wordLetters = 0
        wordCapitals = 0
      }
      runLength = byte == previous ? runLength &+ 1 : 1
      if runLength == 2 {
        if byte == 0x21 { exclamationRuns &+= 1 }
        if byte == 0x3F { questionRuns &+= 1 }
      }
      previous = byte
    }
    if wordLetters >= 3, wordCapitals == wordLetters { capitalWords &+= 1 }
    indices.removeAll(keepingCapacity: true)
    if letters >= 8 {
      let share = capitals * 10 / letters
      if share >= 6 {
        indices.append(formTable.capsMost)
      } else if share >= 3 {
        indices.append(formTable.capsMany)
      }
    }
    if capitalWords > 0 { indices.append(formTable.capitalWords[min(capitalWords, 3) - 1]) }
    if exclamationRuns > 0 { indices.append(formTable.bangs[min(exclamationRuns, 2) - 1]) }
    if questionRuns > 0 { indices.append(formTable.queries[min(questionRuns, 2) - 1]) }
  }

  /// The index of a named feature of form (`caps:most`, `capsword:2`, `bang:1`, `query:2`).
  public func formIndex(_ name: String) -> Int32 {
    Self.formIndex(name, dimensionBits: dimensionBits)
  }

  static func formIndex(_ name: String, dimensionBits: Int) -> Int32 {
    var hash = formSeed
    for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* prime }
    return finish(hash, mask: UInt32((1 << dimensionBits) - 1))
  }
}
