import ArgumentParser
import Foundation

/// The `newsgraph` command: news articles in, typed knowledge graphs and maps out.
@main
struct NewsGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turn news articles into a typed knowledge graph and draw it as a relationship map.",
        discussion: """
        Typical use:
          newsgraph build seeds -o graphs          # articles -> graph.json, graph.dot, graph.svg
          newsgraph extract article.txt -o g.json  # one graph as JSON (SCHEMA.md)
          newsgraph render g.json -o map.svg       # draw a graph with Graphviz
          newsgraph path g.json Peskov WhatsApp    # how two entities are connected, each hop cited
          newsgraph analyze g.json                 # central entities, brokers, communities
          newsgraph eval --gold G --articles A     # score extraction against gold annotations
          newsgraph ingest wires/ --store S.sqlite # grow a store article by article; graph commands take --store S
          newsgraph parse article.txt              # the syntax under a graph: sentences, tags, lemmas, trees (CoNLL-U)
          newsgraph eval-syntax --gold T.conllu    # score the tagger and parser on a UD treebank
        """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, ParseCommand.self, TrainCommand.self, EvalSyntaxCommand.self, EvalNERCommand.self, ExtractCommand.self, ExplainCommand.self, RenderCommand.self, ExportCommand.self, EvalCommand.self, PathCommand.self, NeighborsCommand.self, AnalyzeCommand.self, IngestCommand.self, EntitiesCommand.self]
    )

    /// Runs the command line; a file-size limit (`ulimit -f`) then makes writes fail with an
    /// error the command reports, instead of SIGXFSZ killing the process mid-write.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        main(nil)
    }
}
