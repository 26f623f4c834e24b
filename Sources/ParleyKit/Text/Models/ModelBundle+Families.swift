extension ModelBundle {
  /// The family of a model or parameter name: what comes before its first dot
  /// (`tone` for `tone.sentence`).
  static func family(of name: String) -> String {
    String(name.prefix { $0 != "." })
  }

  /// The bundle split by family, each part with the same training digest, so
  /// a command loads only the models it uses (`check` never decodes `reply.kind`).
  public var families: [String: ModelBundle] {
    let names = Set(models.keys.map(Self.family) + parameters.keys.map(Self.family))
    var parts: [String: ModelBundle] = [:]
    for name in names {
      parts[name] = ModelBundle(
        models: models.values.filter { Self.family(of: $0.name) == name },
        trainingDigest: trainingDigest,
        parameters: parameters.filter { Self.family(of: $0.key) == name })
    }
    return parts
  }

  /// One bundle holding every model and parameter of `parts`, which share a digest.
  init(merging parts: [ModelBundle]) {
    self.init(
      models: parts.flatMap(\.models.values), trainingDigest: parts.first?.trainingDigest ?? "",
      parameters: parts.reduce(into: [:]) { $0.merge($1.parameters) { first, _ in first } })
  }
}
