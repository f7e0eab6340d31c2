import Syntax

/// Runs the trained named-entity recognizer of the `Syntax` module over every sentence, on the
/// extractor's tokens and the tagger's parts of speech, and keeps its spans (token ranges, coarse
/// types and margins) for the typing stage to weigh. O(tokens).
struct NamedEntityStage: Sendable {
    let recognizer: EntityRecognizer

    func apply(to document: inout AnnotatedDocument) {
        var found: [RecognizedEntity] = []
        for sentence in document.sentences where !sentence.tokens.isEmpty {
            let forms = document.tokens[sentence.tokens].map(\.text)
            let tags = Array(document.universalTags[sentence.tokens])
            for span in recognizer.recognize(forms, universalTags: tags) {
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
