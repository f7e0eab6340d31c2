import ArgumentParser
import Rendering

extension LayoutEngine: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// The options of drawing a map.
struct RenderOptions: ParsableArguments {
    @Option(help: "The Graphviz layout engine (dot, neato, fdp, sfdp, circo, twopi).")
    var layout: LayoutEngine = .dot
}
