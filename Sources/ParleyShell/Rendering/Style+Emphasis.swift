extension Style {
  /// `text` with `emphasis`, or as it is when there is none.
  func emphasized(_ text: String, _ emphasis: Emphasis?) -> String {
    switch emphasis {
    case nil: text
    case .bold: bold(text)
    case .dim: dim(text)
    case .red: red(text)
    case .green: green(text)
    case .yellow: yellow(text)
    }
  }
}
