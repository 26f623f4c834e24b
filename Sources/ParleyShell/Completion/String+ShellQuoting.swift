/// Quoting text for the completion scripts, so a description with an
/// apostrophe or a bracket reaches the shell as written.
extension String {
  /// In single quotes for bash and zsh: `it's` becomes `'it'\''s'`.
  var singleQuoted: String {
    "'" + replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }

  /// In single quotes for fish, where `\\` and `\'` are the escapes inside.
  var fishQuoted: String {
    "'"
      + replacingOccurrences(of: #"\"#, with: #"\\"#).replacingOccurrences(of: "'", with: #"\'"#)
      + "'"
  }

  /// An explanation inside an option's `[...]` for zsh's `_arguments`, where
  /// brackets and backslashes are escaped.
  var zshBracketed: String {
    replacingOccurrences(of: #"\"#, with: #"\\"#).replacingOccurrences(of: "[", with: #"\["#)
      .replacingOccurrences(of: "]", with: #"\]"#)
  }

  /// A message or word for zsh's `_arguments` and `_describe`, where colons
  /// separate fields and are escaped.
  var zshColonEscaped: String {
    replacingOccurrences(of: #"\"#, with: #"\\"#).replacingOccurrences(of: ":", with: #"\:"#)
  }
}
