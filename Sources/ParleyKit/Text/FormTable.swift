/// The feature indices of the features of form, hashed once per hasher.
struct FormTable: Sendable {
  let capsMost: Int32
  let capsMany: Int32
  /// One, two, and three or more words in capitals.
  let capitalWords: [Int32]
  /// One, and two or more runs of `!`.
  let bangs: [Int32]
  /// One, and two or more runs of `?`.
  let queries: [Int32]

  init(dimensionBits: Int) {
    let index = { (name: String) in FeatureHasher.formIndex(name, dimensionBits: dimensionBits) }
    capsMost = index("caps:most")
    capsMany = index("caps:many")
    capitalWords = (1...3).map { index("capsword:\($0)") }
    bangs = (1...2).map { index("bang:\($0)") }
    queries = (1...2).map { index("query:\($0)") }
  }
}
