import ArgumentParser
import Extraction
import Foundation

/// Options shared by the commands that extract graphs from articles.
struct ExtractionOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp("A TSV lexicon to add to the built-in one (TYPE<TAB>NAME<TAB>ALIAS|...).", valueName: "file"))
    var lexiconFiles: [String] = []

    /// The extractor with the built-in lexicon plus the user's files.
    func extractor() throws -> Extractor {
        var lexicon = try Lexicon.builtIn()
        for path in lexiconFiles {
            try lexicon.load(contentsOf: URL(fileURLWithPath: path))
        }
        return try Extractor(lexicon: lexicon)
    }
}
