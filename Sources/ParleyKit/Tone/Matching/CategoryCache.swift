/// The model's category for each sentence a report names, worked out at most
/// once per sentence: the reconciliation and the weighed sentence often ask
/// about the same one, and each answer costs a walk of the sentence.
struct CategoryCache {
  private let model: ToneModel?
  private let text: String
  private var known: [Int: ToneCategory?] = [:]

  init(model: ToneModel?, text: String) {
    self.model = model
    self.text = text
  }

  /// The most likely kind of trouble in the sentence at `segment`.
  mutating func category(of segment: TextSegment) -> ToneCategory? {
    let key = segment.utf8Offsets.lowerBound
    if let category = known[key] { return category }
    let category = model?.category(of: segment, in: text)
    known[key] = category
    return category
  }
}
