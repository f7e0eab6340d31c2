import KnowledgeGraph
import Syntax

/// Why an article's graph is what it is, sentence by sentence: the words with the tags the rules
/// saw and their heads in the parse, the mentions with their types and what decided each type,
/// the relations with the frame or rule that stated them, and the candidates dropped with the
/// reason. `newsgraph explain` prints it.
public struct Explanation: Codable, Sendable, Equatable {
    /// A word of a sentence.
    public struct Word: Codable, Sendable, Equatable {
        /// The word as written.
        public var text: String
        /// Its universal part of speech, as the extraction rules saw it.
        public var tag: String
        /// The number (1-based, in the sentence) of its head in the dependency parse; 0 for the root.
        public var head: Int?
        /// Its dependency relation to the head.
        public var relation: String?
    }

    /// A mention of an entity.
    public struct MentionNote: Codable, Sendable, Equatable {
        /// The mention's text.
        public var text: String
        /// Name, description or pronoun.
        public var kind: String
        /// The entity's id in the graph, when the mention belongs to one.
        public var entity: String?
        /// The mention's type.
        public var type: String?
        /// What decided the type (lexicon, head word, context, gazetteer, recognizer, name shape, ...).
        public var typeSource: String?
    }

    /// A relation the rules stated, kept or dropped.
    public struct RelationNote: Codable, Sendable, Equatable {
        /// The subject's entity id.
        public var subject: String
        /// The predicate.
        public var predicate: String
        /// The object's entity id.
        public var object: String
        /// Whether the clause negates it.
        public var negated: Bool
        /// Its modality, if any.
        public var modality: String?
        /// How sure the rule is.
        public var confidence: Double
        /// The frame or rule that stated it.
        public var rule: String
        /// Why it is not in the graph; nil when it is.
        public var dropped: String?
    }

    /// One sentence.
    public struct SentenceNote: Codable, Sendable, Equatable {
        /// Its number in the article, from 1 (the headline, when there is one, is sentence 1).
        public var number: Int
        /// Its text.
        public var text: String
        public var words: [Word]
        public var mentions: [MentionNote]
        /// Relations kept, then those dropped.
        public var relations: [RelationNote]
    }

    /// The article's id.
    public var document: String
    public var sentences: [SentenceNote]

    /// The explanation as text for a terminal: per sentence, the words (word/TAG head:relation),
    /// the mentions, and each relation with its rule, dropped ones marked.
    public var report: String {
        var lines: [String] = []
        for sentence in sentences {
            lines.append("sentence \(sentence.number): \(sentence.text)")
            lines.append("  words:")
            for (index, word) in sentence.words.enumerated() {
                let tree = word.head.map { " <- \($0 == 0 ? "root" : "\($0) \(sentence.words[$0 - 1].text)") \(word.relation ?? "_")" } ?? ""
                lines.append("    \(index + 1) \(word.text)/\(word.tag)\(tree)")
            }
            lines.append("  mentions:" + (sentence.mentions.isEmpty ? " none" : ""))
            for mention in sentence.mentions {
                let typed = mention.type.map { " \($0) (from \(mention.typeSource ?? "nothing"))" } ?? " untyped"
                lines.append("    \"\(mention.text)\" \(mention.kind)\(typed) -> \(mention.entity ?? "no entity")")
            }
            lines.append("  relations:" + (sentence.relations.isEmpty ? " none" : ""))
            for relation in sentence.relations {
                let state = relation.dropped.map { "dropped: \($0)" } ?? "kept"
                let qualifiers = (relation.negated ? " negated" : "") + (relation.modality.map { " \($0)" } ?? "")
                lines.append("    \(relation.subject) \(relation.predicate) \(relation.object)\(qualifiers) [\(relation.rule), confidence \(relation.confidence)] \(state)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Extractor {
    /// The explanation of an article's graph; with a syntax pipeline, each sentence is also parsed
    /// to show the words' heads.
    public func explain(_ article: Article, parser: SyntaxPipeline? = nil) -> Explanation {
        explainedGraph(article, parser: parser).explanation
    }

    /// The article's graph (as `extract` gives it) and its explanation, from one run of the stages.
    public func explainedGraph(_ article: Article, parser: SyntaxPipeline? = nil) -> (graph: KnowledgeGraph, explanation: Explanation) {
        let document = annotate(article)
        let graph = GraphAssembler().graph(of: document, article: article)
        // Each cluster's id in the canonical graph, found through the place of one of its mentions.
        var entityAt: [Int: String] = [:]
        for entity in graph.entities { for mention in entity.mentions { entityAt[mention.start] = entity.id } }
        let entityOf = { (cluster: Int) -> String in
            document.clusters[cluster].mentions.lazy.compactMap { entityAt[document.mentions[$0].start] }.first ?? "\(document.clusters[cluster].name) (no entity)"
        }
        let note = { (candidate: RelationCandidate, dropped: String?) in
            Explanation.RelationNote(subject: entityOf(candidate.subject), predicate: candidate.predicate.rawValue, object: entityOf(candidate.object),
                                     negated: candidate.negated, modality: candidate.modality?.rawValue, confidence: candidate.confidence,
                                     rule: candidate.rule, dropped: dropped)
        }
        // Mentions, relations and dropped candidates by sentence, each grouped once.
        let mentionsIn = Dictionary(grouping: document.mentions) { document.sentenceOfToken[$0.tokens.lowerBound] }
        let relationsIn = Dictionary(grouping: document.relations, by: \.sentence)
        let droppedIn = Dictionary(grouping: document.droppedRelations, by: \.candidate.sentence)
        let sentences = document.sentences.map { sentence in
            let range = sentence.tokens
            var words = range.map { Explanation.Word(text: document.tokens[$0].text, tag: document.universalTags[$0]) }
            if let parser {
                var parsed = SyntaxSentence(tokens: words.map { SyntaxToken(form: $0.text) })
                parser.annotate(&parsed)
                for index in words.indices where index < parsed.tokens.count {
                    words[index].head = parsed.tokens[index].head
                    words[index].relation = parsed.tokens[index].relation
                }
            }
            let mentions = (mentionsIn[sentence.index] ?? []).map { mention in
                Explanation.MentionNote(text: mention.text, kind: "\(mention.kind)", entity: mention.cluster.map(entityOf),
                                        type: (mention.cluster.map { document.clusters[$0].type } ?? mention.type)?.rawValue,
                                        typeSource: mention.typeSource?.rawValue)
            }
            let relations = (relationsIn[sentence.index] ?? []).map { note($0, nil) }
                + (droppedIn[sentence.index] ?? []).map { note($0.candidate, $0.reason) }
            return Explanation.SentenceNote(number: sentence.index + 1, text: document.text(sentence.start..<sentence.end),
                                            words: words, mentions: mentions, relations: relations)
        }
        return (graph, Explanation(document: article.id, sentences: sentences))
    }
}
