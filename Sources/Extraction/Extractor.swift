import KnowledgeGraph
import Syntax

/// Text -> knowledge graph: the extraction pipeline over one article.
///
/// Stages, in order, each reading and adding stand-off annotations on one
/// `AnnotatedDocument`: tokens, headline and dateline, sentences, parts of speech, named entities
/// (the recognizer's), proper names, state bodies named by descriptions, descriptions and pronouns, proposals, types, measures,
/// coreference, relations.
public struct Extractor: Sendable {
    /// The lexicon of well-known entities the typing stage uses.
    public let lexicon: Lexicon
    /// The part-of-speech tagger the name stage consults.
    public let tagger: PartOfSpeechTagger
    /// The named-entity recognizer the typing stage weighs.
    public let recognizer: EntityRecognizer
    /// The place gazetteer, head-noun classes and personal names the name and typing stages consult.
    public let resources: LexicalResources

    /// An extractor over a lexicon, a tagger, a recognizer and the lexical resources.
    public init(lexicon: Lexicon, tagger: PartOfSpeechTagger, recognizer: EntityRecognizer, resources: LexicalResources) {
        self.lexicon = lexicon
        self.tagger = tagger
        self.recognizer = recognizer
        self.resources = resources
    }

    /// An extractor over a lexicon with the models and resources shipped in the package.
    /// - Throws: `SyntaxError` when a shipped model or resource cannot be loaded.
    public init(lexicon: Lexicon) throws {
        self.init(lexicon: lexicon, tagger: try ShippedModels.tagger.get(), recognizer: try ShippedModels.recognizer.get(),
                  resources: try LexicalResources.shipped())
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
    func annotate(_ article: Article) -> AnnotatedDocument {
        var document = AnnotatedDocument(id: article.id, text: article.text)
        document.tokens = Tokenizer().tokenize(document.source)
        DocumentLayout().apply(to: &document)
        SentenceSplitter().apply(to: &document)
        PartOfSpeechStage(tagger: tagger).apply(to: &document)
        NamedEntityStage(recognizer: recognizer).apply(to: &document)
        NameSpanFinder(lexicon: lexicon, tagger: tagger, headNouns: resources.headNouns, gazetteer: resources.gazetteer, givenNames: resources.givenNames).apply(to: &document)
        DescriptiveBodyFinder(lexicon: lexicon, headNouns: resources.headNouns, gazetteer: resources.gazetteer).apply(to: &document)
        DescriptionFinder(lexicon: lexicon).apply(to: &document)
        ProposalFinder().apply(to: &document)
        EntityTyper(lexicon: lexicon, resources: resources, tagger: tagger).apply(to: &document)
        MeasureFinder().apply(to: &document)
        NominalMeasureFinder().apply(to: &document)
        Coreference().apply(to: &document)
        RelationFinder().apply(to: &document)
        return document
    }
}
