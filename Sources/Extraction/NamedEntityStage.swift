import Syntax

/// Runs the trained named-entity recognizer of the `Syntax` module over every sentence, on the
/// extractor's tokens as `PartOfSpeechStage` tagged them, and keeps its spans (token ranges, coarse
/// types and margins) for the typing stage to weigh. O(tokens).
struct NamedEntityStage: Sendable {
    let recognizer: EntityRecognizer

    func apply(to document: inout AnnotatedDocument) {
        var found: [RecognizedEntity] = []
        for (sentence, tagged) in zip(document.sentences, document.taggedSentences) where !sentence.tokens.isEmpty {
            for span in recognizer.recognize(tagged) {
                let tokens = (sentence.tokens.lowerBound + span.words.lowerBound)..<(sentence.tokens.lowerBound + span.words.upperBound)
                found.append(RecognizedEntity(tokens: tokens, type: span.type, margin: span.margin))
            }
        }
        document.recognizedEntities = found
    }
}

/// A span the recognizer found: its tokens, its coarse type and how sure it was.
struct RecognizedEntity: Hashable, Sendable {
    var tokens: Range<Int>
    var type: NamedEntityType
    var margin: Float
}
