import Syntax

/// Tags every token of the document with its universal part of speech (UD's UPOS), sentence by
/// sentence, with the trained tagger of the `Syntax` module reading the extractor's own tokens, so
/// the later stages can tell a sentence-initial name ("Peskov said") from a function word
/// ("There", "Yesterday"); each sentence's tagged words are kept for the recognizer. O(tokens).
struct PartOfSpeechStage: Sendable {
    let tagger: PartOfSpeechTagger

    func apply(to document: inout AnnotatedDocument) {
        var tags = [String](repeating: "X", count: document.tokens.count)
        var tagged: [TaggedWords] = []
        tagged.reserveCapacity(document.sentences.count)
        for sentence in document.sentences {
            let words = tagger.tagged(document.tokens[sentence.tokens].map(\.text))
            for (offset, tag) in words.universalTags.enumerated() { tags[sentence.tokens.lowerBound + offset] = tag }
            tagged.append(words)
        }
        document.universalTags = tags
        document.taggedSentences = tagged
    }
}
