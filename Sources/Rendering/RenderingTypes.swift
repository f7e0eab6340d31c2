/// A Graphviz layout engine.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi
}

/// A format Graphviz renders to.
public enum OutputFormat: String, CaseIterable, Sendable {
    case svg, png, pdf
    /// DOT with the layout's coordinates, as Graphviz writes it.
    case dot
}

/// A format a map is written in: Graphviz's formats, and a self-contained interactive HTML page.
public enum MapFormat: String, CaseIterable, Sendable {
    case svg, png, pdf, dot, html

    /// The format a file name's extension asks for, if any.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "pdf": self = .pdf
        case "dot", "gv": self = .dot
        case "html", "htm": self = .html
        default: return nil
        }
    }

    /// What Graphviz renders for this format: the HTML page embeds Graphviz's SVG.
    public var graphvizFormat: OutputFormat {
        switch self {
        case .svg, .html: .svg
        case .png: .png
        case .pdf: .pdf
        case .dot: .dot
        }
    }
}

/// What can go wrong in Graphviz, with Graphviz's own messages.
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Graphviz could not read the DOT text.
    case invalidDOT(messages: [String])
    /// The layout failed.
    case layoutFailed(engine: String, messages: [String])
    /// Rendering to the format failed.
    case renderFailed(format: String, messages: [String])
    /// The Graphviz context could not be created (plugins missing).
    case unavailable(messages: [String])

    public var description: String {
        switch self {
        case .invalidDOT(let messages):
            "Graphviz could not parse the DOT text: \(Self.join(messages))"
        case .layoutFailed(let engine, let messages):
            "Graphviz layout '\(engine)' failed: \(Self.join(messages)); try another --layout"
        case .renderFailed(let format, let messages):
            "Graphviz could not render \(format): \(Self.join(messages)); is the Graphviz plugin for it installed (apt-get install libgraphviz-dev)?"
        case .unavailable(let messages):
            "Graphviz is not usable: \(Self.join(messages)); reinstall it with apt-get install --reinstall libgvc6"
        }
    }

    private static func join(_ messages: [String]) -> String {
        messages.isEmpty ? "no message from Graphviz" : messages.joined(separator: " ")
    }
}
