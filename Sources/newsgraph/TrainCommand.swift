import ArgumentParser
import Foundation
import Syntax

/// `newsgraph train tagger|parser|ner`: trains a syntax model on CoNLL-U treebanks, or the
/// named-entity recognizer on GUM's entity annotation and IOB2 files.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the part-of-speech tagger (with its lemmatizer), the dependency parser or the named-entity recognizer.",
        discussion: """
        Prints the dev figures after every epoch and keeps the best epoch. The same data, seed and \
        options give a byte-identical model. `make models` retrains the shipped models:
          newsgraph train tagger --train ewt-train.conllu gum-train.conllu --dev ewt-dev.conllu -o tagger.model
          newsgraph train parser --train ewt-train.conllu gum-train.conllu --dev ewt-dev.conllu \\
              --tagger tagger.model --jackknife 4 -o parser.model
          newsgraph train ner --train gum-train.conllu uner-ewt-dev.iob2 --dev gum-dev.conllu -o recognizer.model
        The recognizer learns from GUM's entity annotation (CoNLL-U, MISC Entity=; people, places, \
        organisations and events named by proper nouns) and from IOB2 files (.iob2: PER, LOC, ORG); \
        GUM's news documents are left out unless --exclude-genre says otherwise, so that they stay \
        a fair check. Its words are tagged with --tagger (default: the shipped tagger).
        """
    )

    /// Which model to train.
    enum Model: String, ExpressibleByArgument, CaseIterable {
        case tagger, parser, ner
    }

    @Argument(help: ArgumentHelp("What to train: tagger (UPOS, XPOS and lemmas), parser (heads and relations) or ner (named entities).", valueName: "model"))
    var model: Model

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Training treebanks (CoNLL-U; for ner also .iob2 files).", valueName: "file"))
    var train: [String]

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Dev treebanks for choosing the epoch (CoNLL-U; for ner also .iob2).", valueName: "file"))
    var dev: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the model.", valueName: "file"))
    var output: String

    @Option(help: "Passes over the training data (default: 8 for the tagger, 12 for the parser, 10 for ner).")
    var epochs: Int?

    @Option(help: "Seed of the training order (and the parser's exploration).")
    var seed: UInt64 = 1

    @Option(help: "Leave out features updated fewer times than this (smaller model, same accuracy).")
    var minUpdates = 2

    @Option(help: ArgumentHelp("Parser: tag the dev sentences with this tagger model, so the epoch is chosen on predicted tags. Ner: tag every sentence with it (default: the shipped tagger).", valueName: "file"))
    var tagger: String?

    @Option(help: "Parser only: train on tags predicted by taggers trained on K-1 of K folds of the training data (0: the treebank's tags).")
    var jackknife = 0

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Ner only: GUM genres whose documents (newdoc id GUM_GENRE_...) are left out of training and dev.", valueName: "genre"))
    var excludeGenre: [String] = ["news"]

    func validate() throws {
        if train.isEmpty { throw ValidationError("give at least one training file with --train") }
        if let epochs, epochs < 1 { throw ValidationError("--epochs must be at least 1") }
        if model == .tagger && (tagger != nil || jackknife != 0) { throw ValidationError("--tagger and --jackknife are for training the parser") }
        if model == .ner && jackknife != 0 { throw ValidationError("--jackknife is for training the parser") }
        if jackknife == 1 || jackknife < 0 { throw ValidationError("--jackknife takes 0 (off) or a number of folds of at least 2") }
    }

    func run() throws {
        try reportingErrors {
            let start = Date()
            let bytes: [UInt8]
            switch model {
            case .tagger: bytes = try trainTagger(start: start)
            case .parser: bytes = try trainParser(start: start)
            case .ner: bytes = try trainRecognizer(start: start)
            }
            try FileOutput.write(Data(bytes), to: URL(fileURLWithPath: output))
            printError(String(format: "wrote %@ (%.1f MB) in %.0f s", output, Double(bytes.count) / 1_000_000, Date().timeIntervalSince(start)))
        }
    }

    /// The training and dev treebanks, said aloud.
    private func treebanks() throws -> (train: [SyntaxSentence], dev: [SyntaxSentence]) {
        let trainSentences = try train.flatMap { try CoNLLU.read(contentsOf: URL(fileURLWithPath: $0)) }
        let devSentences = try dev.flatMap { try CoNLLU.read(contentsOf: URL(fileURLWithPath: $0)) }
        let words = trainSentences.reduce(0) { $0 + $1.tokens.count }
        printError("training the \(model.rawValue) on \(trainSentences.count) sentences (\(words) words), dev \(devSentences.count) sentences")
        return (trainSentences, devSentences)
    }

    /// `train tagger`: the tagger and lemmatizer's model bytes.
    private func trainTagger(start: Date) throws -> [UInt8] {
        let (trainSentences, devSentences) = try treebanks()
        var training = TaggerTraining()
        training.seed = seed
        training.minUpdates = minUpdates
        if let epochs { training.epochs = epochs }
        let result = try training.train(trainSentences, dev: devSentences) { report in
            printError(String(format: "epoch %d: dev UPOS %.2f, XPOS %.2f, %d features (%.0f s)",
                              report.epoch, 100 * report.universal, 100 * report.penn, report.features, Date().timeIntervalSince(start)))
        }
        return TaggerTraining.modelBytes(result)
    }

    /// `train parser`: the parser's model bytes, on jackknifed tags when asked.
    private func trainParser(start: Date) throws -> [UInt8] {
        var (sentences, devSentences) = try treebanks()
        if let tagger {
            let model = try PartOfSpeechTagger(contentsOf: URL(fileURLWithPath: tagger))
            for index in devSentences.indices { model.annotate(&devSentences[index]) }
        }
        if jackknife >= 2 {
            var tagging = TaggerTraining()
            tagging.seed = seed
            sentences = try Jackknife.tag(sentences, folds: jackknife, training: tagging) { fold in
                printError(String(format: "jackknife: fold %d of %d tagged (%.0f s)", fold, jackknife, Date().timeIntervalSince(start)))
            }
        }
        var training = ParserTraining()
        training.seed = seed
        training.minUpdates = minUpdates
        if let epochs { training.epochs = epochs }
        let result = try training.train(sentences, dev: devSentences) { report in
            printError(String(format: "epoch %d: dev UAS %.2f, LAS %.2f, %d features (%.0f s)",
                              report.epoch, 100 * report.unlabelled, 100 * report.labelled, report.features, Date().timeIntervalSince(start)))
        }
        return ParserTraining.modelBytes(result)
    }

    /// `train ner`: GUM entity sentences and IOB2 sentences, tagged, then the recognizer's model bytes.
    private func trainRecognizer(start: Date) throws -> [UInt8] {
        let posTagger = try tagger.map { try PartOfSpeechTagger(contentsOf: URL(fileURLWithPath: $0)) } ?? ShippedModels.tagger.get()
        func read(_ paths: [String]) throws -> [EntitySentence] {
            var sentences = try paths.flatMap { try EntityCorpus.read(contentsOf: URL(fileURLWithPath: $0), excludingGenres: Set(excludeGenre)) }
            for index in sentences.indices { sentences[index].universalTags = posTagger.universalTags(sentences[index].words) }
            return sentences
        }
        let trainSentences = try read(train)
        let devSentences = try read(dev)
        let entities = trainSentences.reduce(0) { $0 + $1.entities.count }
        let words = trainSentences.reduce(0) { $0 + $1.words.count }
        printError("training the named-entity recognizer on \(trainSentences.count) sentences (\(words) words, \(entities) entities), dev \(devSentences.count) sentences")
        var training = RecognizerTraining()
        training.seed = seed
        training.minUpdates = minUpdates
        if let epochs { training.epochs = epochs }
        let recognizer = try training.train(trainSentences, dev: devSentences) { report in
            printError(String(format: "epoch %d: dev F1 %.2f, %d features (%.0f s)", report.epoch, 100 * report.f1, report.features, Date().timeIntervalSince(start)))
        }
        return RecognizerTraining.modelBytes(recognizer)
    }
}
