import KnowledgeGraph

/// Turns a document's entities and relations into a canonical `KnowledgeGraph`.
struct GraphAssembler: Sendable {
    /// The document's graph in canonical form.
    func graph(of document: AnnotatedDocument, article: Article) -> KnowledgeGraph {
        uncanonicalGraph(of: document, article: article).canonicalized()
    }

    /// The document's graph before canonicalization, with ids unique across documents
    /// ("ARTICLE#cN"), for merging many articles with one canonicalization at the end.
    func uncanonicalGraph(of document: AnnotatedDocument, article: Article) -> KnowledgeGraph {
        let title = document.headline.map { document.text(tokens: $0) }
        let record = Document(id: article.id, title: title, source: article.source, date: article.date, url: article.url)
        let entities = document.clusters.enumerated().map { index, cluster in
            let mentions = cluster.mentions
                .map { document.mentions[$0] }
                .filter { $0.kind != .pronoun }
                .map { Mention(document: article.id, start: $0.start, end: $0.end) }
            let aliases = cluster.forms.filter { $0 != cluster.name && !$0.isEmpty }.sorted()
            return Entity(id: "\(article.id)#c\(index)", type: cluster.type, name: cluster.name, aliases: aliases, mentions: mentions.sorted())
        }
        let relations = document.relations.map { candidate in
            let sentence = document.sentences[candidate.sentence]
            let evidence = Evidence(document: article.id, sentence: sentence.index, text: document.text(sentence.start..<sentence.end),
                                    start: sentence.start, end: sentence.end)
            return Relation(subject: "\(article.id)#c\(candidate.subject)", predicate: candidate.predicate, object: "\(article.id)#c\(candidate.object)",
                            negated: candidate.negated, modality: candidate.modality, confidence: candidate.confidence,
                            evidence: [evidence])
        }
        return KnowledgeGraph(documents: [record], entities: entities, relations: relations)
    }
}
