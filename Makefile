# NewsGraph: `make run` builds the graph and maps of seeds/ into graphs/; `make test` runs the tests.
# Both install what they need (Graphviz's C library and pkg-config) when it is missing.
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || command -v sudo)
NEWSGRAPH := .build/release/newsgraph

.PHONY: run test deps build clean

deps:
	@if ! command -v pkg-config >/dev/null || ! pkg-config --exists libgvc || ! pkg-config --exists sqlite3; then \
		echo "Installing Graphviz's and SQLite's C libraries (libgraphviz-dev, libsqlite3-dev) and pkg-config..."; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libgraphviz-dev libsqlite3-dev pkg-config; \
	fi

build: deps
	swift build -c release --product newsgraph

run: build
	$(NEWSGRAPH) build seeds -o graphs
	$(NEWSGRAPH) render graphs/graph.json -o graphs/graph.png

test: deps
	swift test --disable-swift-testing
	swift build -c release --product newsgraph
	bash Tests/crosscheck.sh
	bash Tests/browser/run.sh

clean:
	rm -rf .build

.PHONY: fuzz
SECONDS ?= 60
# Runs every libFuzzer target for SECONDS each (Fuzz/run.sh).
fuzz: deps
	bash Fuzz/run.sh $(SECONDS)
