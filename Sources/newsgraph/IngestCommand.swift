import ArgumentParser
import Extraction
import Foundation
import GraphAlgorithms
import GraphStore
import KnowledgeGraph

/// `newsgraph ingest`: articles -> the SQLite store, incrementally, on all cores.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Add articles to a graph store (SQLite), skipping those already in it, resolving entities across articles.",
        discussion: """
        INPUT is article files (.txt, .md, .html, .jsonl) or folders of them. An article whose text is already \
        stored (same content hash) is skipped, so re-running an ingest changes nothing, and re-running an \
        interrupted one completes it. Each batch is one transaction. Every graph command reads the store \
        with --store.
          newsgraph ingest wires/2026-11-29.jsonl
          newsgraph entities Peskov
          newsgraph path --store graphs/newsgraph.sqlite Peskov WhatsApp
        """
    )

    @Argument(help: ArgumentHelp("Article files (.txt, .md, .html, .jsonl) or folders of them.", valueName: "input"))
    var inputs: [String]

    @Option(help: ArgumentHelp("The store to add to (created if missing).", valueName: "file"))
    var store = GraphStoreOptions.defaultPath

    @Option(help: "Articles per transaction.") var batch = 2_000
    @Option(help: "Extraction threads (default: every core).") var jobs = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var extraction: ExtractionOptions

    func validate() throws {
        guard batch >= 1 else { throw ValidationError("--batch must be at least 1") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        try reportingErrors {
            let started = Date()
            let files = try ArticleInputs.files(inputs)
            let storeURL = URL(fileURLWithPath: store)
            try FileOutput.ensureFolder(storeURL.deletingLastPathComponent())
            let graphStore = try GraphStore(path: store, create: true)
            var known = try graphStore.knownHashes()
            let extractor = try extraction.extractor()
            let progress = Progress(total: ArticleInputs.articleCount(files))
            var pending: [(Article, String)] = []
            var totals = GraphStore.BatchResult()
            var skipped = 0

            func flush() throws {
                guard !pending.isEmpty else { return }
                let graphs = Self.extractInParallel(pending.map(\.0), extractor: extractor, jobs: jobs)
                let batch = zip(pending, graphs).map { item, graph in
                    GraphStore.Article(document: graph.documents.first ?? Document(id: item.0.id), hash: item.1, graph: graph)
                }
                let result = try graphStore.add(batch)
                totals.documents += result.documents
                totals.newEntities += result.newEntities
                totals.mergedEntities += result.mergedEntities
                totals.newRelations += result.newRelations
                totals.evidence += result.evidence
                progress.advance(by: pending.count)
                pending.removeAll(keepingCapacity: true)
            }

            let reader = ArticleReader()
            for file in files {
                for article in try reader.read(file, source: ArticleInputs.displayPath(file)) {
                    let hash = ContentHash.of(article.text)
                    guard known.insert(hash).inserted else {
                        skipped += 1
                        progress.advance(by: 1)
                        continue
                    }
                    pending.append((article, hash))
                    if pending.count >= batch { try flush() }
                }
            }
            try flush()
            progress.finish()
            let counts = try graphStore.counts()
            let seconds = Date().timeIntervalSince(started)
            print("""
            \(totals.documents) new articles, \(skipped) already stored (skipped): +\(totals.newEntities) entities \
            (\(totals.mergedEntities) article entities resolved to known ones), +\(totals.newRelations) relations, \
            \(totals.evidence) evidence sentences in \(String(format: "%.1f", seconds)) s -> \(store): \
            \(counts.documents) documents, \(counts.entities) entities, \(counts.relations) relations
            """)
        }
    }

    /// Each article's graph, extracted on `jobs` threads (thread `w` takes articles w, w + jobs, ...); order kept.
    static func extractInParallel(_ articles: [Article], extractor: Extractor, jobs: Int) -> [KnowledgeGraph] {
        let workers = min(jobs, articles.count)
        guard workers > 0 else { return [] }
        let strides = parallelChunks(workers) { worker in
            stride(from: worker, to: articles.count, by: workers).map { extractor.extract(articles[$0]) }
        }
        return articles.indices.map { strides[$0 % workers][$0 / workers] }
    }
}
