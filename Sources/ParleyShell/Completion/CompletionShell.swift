/// A shell parley writes a completion script for.
enum CompletionShell: String, CaseIterable, Sendable {
  case bash
  case zsh
  case fish

  /// The script for this shell, generated from `commands`' own descriptions.
  func script(for commands: [CommandSpec]) -> String {
    let model = CompletionModel(commands: commands)
    switch self {
    case .bash: return BashCompletionScript.render(model)
    case .zsh: return ZshCompletionScript.render(model)
    case .fish: return FishCompletionScript.render(model)
    }
  }

  /// How to load the script, in a line, for help and the README.
  var howToEnable: String {
    switch self {
    case .bash: "source <(parley completion bash)  # in ~/.bashrc"
    case .zsh: "parley completion zsh > ~/.zfunc/_parley  # with fpath+=(~/.zfunc) before compinit"
    case .fish: "parley completion fish > ~/.config/fish/completions/parley.fish"
    }
  }
}
