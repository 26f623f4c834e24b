/// The words the rules know, each with a small integer id, found from raw
/// UTF-8 bytes without building a `String`.
///
/// Spellings map to ids through an open-addressing table keyed by an FNV-1a
/// hash; several spellings may share an id (`'ll` and `will`), and a spelling
/// may stand for two words (`dont` is `do not`). Unknown words have id -1.
struct Lexicon: Sendable {
  // Spellings, stored flat: entry i's bytes are `bytes[starts[i]..<starts[i] + lengths[i]]`.
  private var hashes: [UInt64] = []
  private var bytes: [UInt8] = []
  private var starts: [Int32] = []
  private var lengths: [Int32] = []
  private var firsts: [Int32] = []
  private var seconds: [Int32] = []
  // Open addressing: each slot packs the top 32 bits of a hash with the entry
  // index + 1 (0 is empty), so a probe is one load.
  private var slots: [UInt64] = Array(repeating: 0, count: 1024)
  private var wordFlags: [WordFlags] = []
  private var numberValues: [Int32: Int] = [:]
  private var names: [String] = []

  /// The number of distinct word ids.
  var count: Int { wordFlags.count }

  /// An empty lexicon.
  init() {}

  /// The FNV-1a hash of `bytes`.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    return value
  }

  /// The ids `bytes` stand for, or `(-1, -1)`; the second is -1 unless the
  /// spelling stands for two words.
  func lookup(_ word: UnsafeBufferPointer<UInt8>) -> (Int32, Int32) {
    lookup(hash: Lexicon.hash(word), in: word, from: 0, to: word.count, folding: false)
  }

  /// The ids of the word at `buf[start..<end]`, whose FNV-1a `hash` was taken
  /// over its bytes (ASCII letters folded to lower case when `folding`).
  func lookup(
    hash: UInt64, in buf: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
    folding: Bool
  ) -> (Int32, Int32) {
    let length = end - start
    return slots.withUnsafeBufferPointer { slots in
      bytes.withUnsafeBufferPointer { stored in
        let mask = slots.count - 1
        let tag = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
          let packed = slots[slot]
          if packed == 0 { return (-1, -1) }
          let index = Int(truncatingIfNeeded: packed & 0xFFFF_FFFF) - 1
          if packed >> 32 == tag, hashes[index] == hash, Int(lengths[index]) == length {
            let base = Int(starts[index])
            var equal = true
            for k in 0..<length {
              var byte = buf[start + k]
              if folding, byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
              if stored[base + k] != byte {
                equal = false
                break
              }
            }
            if equal { return (firsts[index], seconds[index]) }
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  /// The id of `word` (lower-case), or -1.
  func id(_ word: String) -> Int32 {
    var copy = word
    return copy.withUTF8 { lookup($0).0 }
  }

  /// The flags of word `id`; none for an unknown word.
  func flags(_ id: Int32) -> WordFlags {
    id >= 0 ? wordFlags[Int(id)] : []
  }

  /// The word `id` stands for, as interned; nil for an unknown word.
  func word(_ id: Int32) -> String? {
    id >= 0 ? names[Int(id)] : nil
  }

  /// The value of a number word (`two` is 2), or nil.
  func numberValue(_ id: Int32) -> Int? {
    numberValues[id]
  }

  /// The id of `word`, adding it if it is new.
  @discardableResult
  mutating func intern(_ word: String) -> Int32 {
    let existing = id(word)
    if existing >= 0 { return existing }
    let newID = Int32(wordFlags.count)
    wordFlags.append([])
    names.append(word)
    insert(word, first: newID, second: -1)
    return newID
  }

  /// Makes `spelling` another way to write `word`.
  mutating func alias(_ spelling: String, to word: String) {
    guard id(spelling) < 0 else { return }
    let target = intern(word)
    insert(spelling, first: target, second: -1)
  }

  /// Makes `spelling` stand for the two words `first second`.
  mutating func expand(_ spelling: String, into first: String, _ second: String) {
    guard id(spelling) < 0 else { return }
    let a = intern(first)
    let b = intern(second)
    insert(spelling, first: a, second: b)
  }

  /// Adds `flag` to each of `words`, interning them.
  mutating func mark(_ words: [String], _ flag: WordFlags) {
    for word in words {
      let wordID = intern(word)
      wordFlags[Int(wordID)].insert(flag)
    }
  }

  /// Records the numeric value of a number word.
  mutating func setNumber(_ word: String, _ value: Int) {
    let wordID = intern(word)
    wordFlags[Int(wordID)].insert(.numberWord)
    numberValues[wordID] = value
  }

  private mutating func insert(_ spelling: String, first: Int32, second: Int32) {
    let spellingBytes = Array(spelling.utf8)
    let hash = spellingBytes.withUnsafeBufferPointer { Lexicon.hash($0) }
    hashes.append(hash)
    starts.append(Int32(bytes.count))
    lengths.append(Int32(spellingBytes.count))
    bytes += spellingBytes
    firsts.append(first)
    seconds.append(second)
    if hashes.count * 4 > slots.count {
      rehash(capacity: slots.count * 2)
    } else {
      place(Int32(hashes.count - 1))
    }
  }

  private mutating func rehash(capacity: Int) {
    slots = Array(repeating: 0, count: capacity)
    for index in hashes.indices {
      place(Int32(index))
    }
  }

  private mutating func place(_ index: Int32) {
    let mask = slots.count - 1
    let hash = hashes[Int(index)]
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      slot = (slot + 1) & mask
    }
    slots[slot] = (hash >> 32) << 32 | UInt64(index + 1)
  }
}
