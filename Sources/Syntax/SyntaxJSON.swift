import Foundation

/// The JSON form of parsed articles (`newsgraph parse --format json`): documents, their
/// sentences and words, with each word's scalar offsets into its article. Keys sorted, so the
/// same input gives the same bytes.
public enum SyntaxJSON {
    struct Word: Codable {
        var id: Int, form: String, lemma: String, upos: String, xpos: String, head: Int, deprel: String
        var start: Int?, end: Int?
    }

    struct Sentence: Codable {
        var id: String, text: String, words: [Word]
    }

    struct Document: Codable {
        var id: String, sentences: [Sentence]
    }

    struct File: Codable {
        var documents: [Document]
    }

    /// The JSON bytes of documents given as (id, sentences).
    public static func encode(_ documents: [(id: String, sentences: [SyntaxSentence])]) throws -> Data {
        let file = File(documents: documents.map { document in
            Document(id: document.id, sentences: document.sentences.enumerated().map { index, sentence in
                Sentence(id: sentence.comment("sent_id") ?? "\(index + 1)", text: sentence.text,
                         words: sentence.tokens.enumerated().map { position, token in
                             Word(id: position + 1, form: token.form, lemma: token.lemma, upos: token.upos, xpos: token.xpos,
                                  head: token.head, deprel: token.relation, start: token.range?.lowerBound, end: token.range?.upperBound)
                         })
            })
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(file)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
