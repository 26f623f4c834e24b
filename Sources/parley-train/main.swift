import Foundation
import ParleyKit

// parley-train: trains parley's models from the corpora, deterministically.
//
//   parley-train            train and write Sources/ParleyKit/Resources/ModelWeights.swift
//   parley-train --check    train and exit 1 if the committed weights are not current
//   parley-train tune       choose thresholds by 5-fold cross-validation on the training
//                           corpora (never the blind sets) and save them in the settings;
//                           with SCORES_OUT=FILE it also writes each draft's out-of-fold scores
//   parley-train promises [FILE...]
//                           how well promise amounts and days are read from the training
//                           replies (or the reply files given), with every miss

let files = TrainingFiles.repository
let arguments = Array(CommandLine.arguments.dropFirst())

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("parley-train: \(message)\n".utf8))
  exit(1)
}

do {
  let drafts = try files.drafts()
  let replies = try files.replies()
  let requests = try files.requests()
  var settings = try files.settings()
  print(
    "corpora: \(drafts.count) drafts (\(drafts.filter(\.flagged).count) flagged), \(replies.count) replies"
  )
  switch arguments.first {
  case "tune":
    let scores = CrossValidation.toneScores(drafts, settings: settings)
    if let path = ProcessInfo.processInfo.environment["SCORES_OUT"] {
      let lines = zip(drafts, scores).map {
        "\($0.id)\t\($0.flagged)\t\($1.sentence)\t\($1.draft)\t\($1.rule)"
      }
      try (lines.joined(separator: "\n") + "\n").write(
        toFile: path, atomically: true, encoding: .utf8)
    }
    for budget in [0.01, 0.03, 0.05] {
      let point = ThresholdChoice.best(
        scores: scores, flagged: drafts.map(\.flagged), falseAlarmBudget: budget)
      print("  at false alarms ≤ \(budget): recall " + String(format: "%.3f", point.recall))
    }
    let choice = ThresholdChoice.best(
      scores: scores, flagged: drafts.map(\.flagged), falseAlarmBudget: 0.025)
    print(
      "tone, 5-fold: sentence ≥ \(choice.sentence), draft ≥ \(choice.draft), "
        + "rule support ≥ \(choice.rule): recall "
        + String(format: "%.3f", choice.recall) + ", false alarms "
        + String(format: "%.3f", choice.falseAlarmRate))
    let kinds = CrossValidation.replyKinds(replies, settings: settings)
    let right = zip(kinds, replies).filter { $0 == $1.kind }.count
    print("replies, 5-fold: kind right \(right)/\(replies.count)")
    let intents = CrossValidation.requestIntents(requests, settings: settings)
    let intentsRight = zip(intents, requests).filter { $0 == $1.intent }.count
    print("requests, 5-fold: intent right \(intentsRight)/\(requests.count)")
    settings.sentenceThreshold = choice.sentence
    settings.draftThreshold = choice.draft
    settings.ruleSupportThreshold = choice.rule
    try files.write(settings)
  case "promises":
    let given = arguments.dropFirst().map { URL(fileURLWithPath: $0) }
    let chosen =
      given.isEmpty
      ? replies
      : try given.flatMap { try JSONLines.decode(CorpusReply.self, from: Data(contentsOf: $0)) }
    print(PromiseReport.lines(for: chosen).joined(separator: "\n"))
  case "--check":
    let bundle = ModelTraining.bundle(
      drafts: drafts, replies: replies, requests: requests, settings: settings)
    let committed = try String(contentsOf: files.weightsFile, encoding: .utf8)
    guard committed == bundle.swiftSource() else {
      fail("the committed weights are not current: run Scripts/train")
    }
    print("weights current (\(bundle.trainingDigest))")
  case nil:
    let bundle = ModelTraining.bundle(
      drafts: drafts, replies: replies, requests: requests, settings: settings)
    try bundle.swiftSource().write(to: files.weightsFile, atomically: true, encoding: .utf8)
    print(
      "wrote \(files.weightsFile.path): \(bundle.encoded().count) bytes (\(bundle.trainingDigest))")
  case let other?:
    fail("unknown argument '\(other)'; use no argument, 'tune', 'promises' or '--check'")
  }
} catch {
  fail("\(error)")
}
