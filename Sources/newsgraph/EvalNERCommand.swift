import ArgumentParser
import Foundation
import Syntax

/// `newsgraph eval-ner`: the shipped (or given) named-entity recognizer scored on gold entities.
struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-ner",
        abstract: "Score the named-entity recognizer against gold entities (GUM CoNLL-U or IOB2): exact typed spans.",
        discussion: """
        Words are tagged with the shipped tagger (or --tagger), then recognized; a span counts when \
        its words and type equal a gold span's. GUM's news documents, left out of training, are the \
        fair check:
          newsgraph eval-ner --gold en_gum-cc-by-train.conllu en_gum-cc-by-dev.conllu en_gum-cc-by-test.conllu --genre news
          newsgraph eval-ner --gold en_ewt-ud-test.iob2
        """
    )

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Gold files: GUM CoNLL-U (MISC Entity=) or .iob2.", valueName: "file"))
    var gold: [String]

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Only GUM documents of these genres (newdoc id GUM_GENRE_...).", valueName: "genre"))
    var genre: [String] = []

    @Option(help: ArgumentHelp("Use this recognizer model instead of the shipped one.", valueName: "file"))
    var model: String?

    @Option(help: ArgumentHelp("Use this tagger model instead of the shipped one.", valueName: "file"))
    var tagger: String?

    @Flag(help: "Also list every sentence where the spans differ from the gold ones: [gold] and {found}.")
    var verbose = false

    func validate() throws {
        if gold.isEmpty { throw ValidationError("give at least one gold file with --gold") }
    }

    func run() throws {
        try reportingErrors {
            let recognizer = try model.map { try EntityRecognizer(contentsOf: URL(fileURLWithPath: $0)) } ?? ShippedModels.recognizer.get()
            let posTagger = try tagger.map { try PartOfSpeechTagger(contentsOf: URL(fileURLWithPath: $0)) } ?? ShippedModels.tagger.get()
            var sentences = try gold.flatMap { try EntityCorpus.read(contentsOf: URL(fileURLWithPath: $0), onlyGenres: genre.isEmpty ? nil : Set(genre)) }
            for index in sentences.indices { sentences[index].universalTags = posTagger.universalTags(sentences[index].words) }
            let score = RecognizerTraining.score(recognizer, on: sentences)
            var lines = ["sentences: \(sentences.count)"]
            if verbose {
                for sentence in sentences {
                    let found = recognizer.recognize(sentence.words, universalTags: sentence.universalTags)
                    if Set(found.map { "\($0.words)\($0.type)" }) != Set(sentence.entities.map { "\($0.words)\($0.type)" }) {
                        lines.append(Self.marked(sentence.words, gold: sentence.entities, found: found))
                    }
                }
            }
            func line(_ name: String, _ counts: (correct: Int, predicted: Int, gold: Int)) -> String {
                let f = EntityScore.figures(counts)
                return name.padding(toLength: 8, withPad: " ", startingAt: 0) + String(format: " P=%.3f R=%.3f F1=%.3f (gold %d)", f.precision, f.recall, f.f1, counts.gold)
            }
            lines.append(line("all", score.overall))
            for type in NamedEntityType.allCases {
                if let counts = score.byType[type] { lines.append(line(type.rawValue, counts)) }
            }
            print(lines.joined(separator: "\n"))
        }
    }

    /// The words with gold spans in [brackets] and found ones in {braces}, each with its type.
    static func marked(_ words: [String], gold: [NamedEntitySpan], found: [NamedEntitySpan]) -> String {
        var out: [String] = []
        for (index, word) in words.enumerated() {
            var text = ""
            for span in gold where span.words.lowerBound == index { text += "[" }
            for span in found where span.words.lowerBound == index { text += "{" }
            text += word
            for span in found where span.words.last == index { text += "}" + span.type.rawValue }
            for span in gold where span.words.last == index { text += "]" + span.type.rawValue }
            out.append(text)
        }
        return out.joined(separator: " ")
    }
}
