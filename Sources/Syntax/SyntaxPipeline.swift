import Foundation

/// Text in, sentences with tags, lemmas and dependency trees out: the tokenizer, the sentence
/// splitter, the tagger (with its lemmatizer) and the parser in one value. The shipped models are
/// loaded once per process by `shipped()`.
public struct SyntaxPipeline: Sendable {
    /// Splits text into words.
    public let tokenizer: UDTokenizer
    /// Groups words into sentences.
    public let segmenter: SentenceSegmenter
    /// Tags and lemmatizes words.
    public let tagger: PartOfSpeechTagger
    /// Finds heads and relations.
    public let parser: DependencyParser

    /// A pipeline of these models and the shipped word lists.
    public init(tagger: PartOfSpeechTagger, parser: DependencyParser) {
        tokenizer = UDTokenizer()
        segmenter = SentenceSegmenter()
        self.tagger = tagger
        self.parser = parser
    }

    /// The pipeline with the models shipped in the package (loaded on first use, then shared).
    public static func shipped() throws -> SyntaxPipeline {
        SyntaxPipeline(tagger: try ShippedModels.tagger.get(), parser: try ShippedModels.parser.get())
    }

    /// Tags, lemmatizes and parses a sentence whose words are given.
    public func annotate(_ sentence: inout SyntaxSentence) {
        tagger.annotate(&sentence)
        parser.annotate(&sentence)
    }

    /// The sentences of a text, each with `# text` (the sentence's own span of the text), its
    /// words' scalar ranges (also as `TokenRange=start:end` in MISC) and full syntax.
    public func parse(_ text: String) -> [SyntaxSentence] {
        let slices = ScalarSlices(text)
        let scalars = slices.scalars
        let tokens = tokenizer.tokenize(slices)
        var out: [SyntaxSentence] = []
        for span in segmenter.sentences(tokens, in: scalars) {
            var words = Array(tokens[span])
            guard let first = words.first?.range, let last = words.last?.range else { continue }
            for index in words.indices {
                guard let range = words[index].range else { continue }
                var misc = "TokenRange=\(range.lowerBound):\(range.upperBound)"
                if words[index].noSpaceAfter && index + 1 < words.count { misc = "SpaceAfter=No|" + misc }
                words[index].misc = misc
            }
            var sentenceText = slices.string(first.lowerBound..<last.upperBound)
            if sentenceText.contains(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" }) {
                sentenceText = String(sentenceText.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
            }
            var sentence = SyntaxSentence(tokens: words, comments: ["text = " + sentenceText])
            annotate(&sentence)
            out.append(sentence)
        }
        return out
    }
}
