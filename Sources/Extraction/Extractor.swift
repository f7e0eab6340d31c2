import KnowledgeGraph
import Syntax

/// Text -> knowledge graph: the extraction pipeline over one article.
///
/// Stages, in order, each reading and adding stand-off annotations on one
/// `AnnotatedDocument`: tokens, headline and dateline, sentences, parts of speech, proper names,
/// descriptions and pronouns, proposals, types, measures, coreference, relations.
public struct Extractor: Sendable {
    /// The lexicon of well-known entities the typing stage uses.
    public let lexicon: Lexicon
    /// The part-of-speech tagger the name stage consults.
    public let tagger: PartOfSpeechTagger

    /// An extractor over a lexicon and a tagger.
    public init(lexicon: Lexicon, tagger: PartOfSpeechTagger) {
        self.lexicon = lexicon
        self.tagger = tagger
    }

    /// An extractor over a lexicon with the tagger shipped in the package.
    /// - Throws: `SyntaxError` when the shipped model cannot be loaded.
    public init(lexicon: Lexicon) throws {
        self.init(lexicon: lexicon, tagger: try ShippedModels.tagger.get())
    }

    /// The graph of one article, canonical and deterministic. O(n) in its length
    /// for the token stages; coreference is O(m * c) in mentions and entities.
    public func extract(_ article: Article) -> KnowledgeGraph {
        GraphAssembler().graph(of: annotate(article), article: article)
    }

    /// The merged graph of several articles, canonicalized once.
    public func extract(_ articles: [Article]) -> KnowledgeGraph {
        KnowledgeGraph.merging(articles.map { GraphAssembler().uncanonicalGraph(of: annotate($0), article: $0) })
    }

    /// The article's text with every stage's annotations.
    private func annotate(_ article: Article) -> AnnotatedDocument {
        var document = AnnotatedDocument(id: article.id, text: article.text)
        document.tokens = Tokenizer().tokenize(document.source)
        DocumentLayout().apply(to: &document)
        SentenceSplitter().apply(to: &document)
        PartOfSpeechStage(tagger: tagger).apply(to: &document)
        NameSpanFinder(lexicon: lexicon).apply(to: &document)
        DescriptionFinder(lexicon: lexicon).apply(to: &document)
        ProposalFinder().apply(to: &document)
        EntityTyper(lexicon: lexicon).apply(to: &document)
        MeasureFinder().apply(to: &document)
        Coreference().apply(to: &document)
        RelationFinder().apply(to: &document)
        return document
    }
}
